/// Splits a command line into words as a POSIX shell does, without running a shell: whitespace separates
/// words; single quotes keep everything literally; double quotes keep everything but `\"`, `\\`, `\$` and
/// `` \` ``; a backslash outside quotes escapes the next character. The same rules as Python's `shlex.split`,
/// which botocore applies to `credential_process`.
enum ShellWords {
    /// Why a command line cannot be split.
    struct SplitError: Error, Equatable {
        let message: String
    }

    static func split(_ command: String) throws(SplitError) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = command.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t", "\n", "\r":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw SplitError(message: "an unterminated single quote") }
                    if next == "'" { break }
                    word.append(next)
                }
            case "\"":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw SplitError(message: "an unterminated double quote") }
                    if next == "\"" { break }
                    if next == "\\" {
                        guard let escaped = characters.next() else { throw SplitError(message: "an unterminated double quote") }
                        if !"\"\\$`".contains(escaped) { word.append("\\") }
                        word.append(escaped)
                    } else {
                        word.append(next)
                    }
                }
            case "\\":
                inWord = true
                guard let escaped = characters.next() else { throw SplitError(message: "a backslash at the end") }
                word.append(escaped)
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
