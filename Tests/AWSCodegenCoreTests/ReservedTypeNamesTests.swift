import AWSCodegenCore
import Testing

/// Every type name that generated code writes without declaring it (a Swift, Foundation or runtime type) is one that
/// generated types may not take: a model shape of that name would hide it, and the module would not compile (a
/// `Duration` shape did so to presigning). `SwiftNames.reservedTypeNames` is kept by hand; this keeps it complete.
@Suite struct ReservedTypeNamesTests {
    /// The capitalized identifiers of Swift source outside comments, string literals and `import` lines that are not
    /// a member (after a `.`), with the names the source declares.
    static func typeNames(in source: String) -> (used: Set<String>, declared: Set<String>) {
        let bytes = Array(source.utf8)
        var used: Set<String> = []
        var declared: Set<String> = []
        var index = 0
        var previous: UInt8 = 0x0A
        var lastWord = ""
        func isIdentifier(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte == 0x5F
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
                // A string literal: `#`s, then `"` or `"""`; it ends at the same quotes followed by as many `#`s.
                var hashes = 0
                while index + hashes < bytes.count, bytes[index + hashes] == UInt8(ascii: "#") { hashes += 1 }
                let quote = index + hashes
                guard quote < bytes.count, bytes[quote] == UInt8(ascii: "\"") else {
                    index += max(hashes, 1)
                    continue
                }
                let quotes = quote + 2 < bytes.count && bytes[quote + 1] == 0x22 && bytes[quote + 2] == 0x22 ? 3 : 1
                let closing = [UInt8](repeating: 0x22, count: quotes) + [UInt8](repeating: UInt8(ascii: "#"), count: hashes)
                var end = quote + quotes
                while end < bytes.count, !bytes[end...].starts(with: closing) {
                    end += hashes == 0 && bytes[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                index = end + closing.count
                previous = 0x22
                continue
            }
            guard isIdentifier(byte), !(byte >= 0x30 && byte <= 0x39) else {
                if byte != 0x20 && byte != 0x0A { previous = byte }
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isIdentifier(bytes[end]) { end += 1 }
            let word = String(decoding: bytes[index..<end], as: UTF8.self)
            if lastWord == "import" || lastWord == "_spi" {
                // A module name.
            } else if ["struct", "enum", "class", "protocol", "typealias", "actor"].contains(lastWord) {
                declared.insert(word)
            } else if byte >= 0x41 && byte <= 0x5A, previous != UInt8(ascii: ".") {
                used.insert(word)
            }
            lastWord = word
            previous = bytes[end - 1]
            index = end
        }
        return (used, declared)
    }

    @Test func theScannerSkipsCommentsStringsAndMembers() {
        let names = Self.typeNames(in: """
            import Foundation
            /// A `Doc` comment.
            @_spi(Generated) public struct Thing: AWSShape { let a = "Quoted \\" Word"; let b = #"Raw " Hash \" Quote"#
                let c: [String: Date] = Foo.Bar.baz // Comment
                let d = \"\"\"
                    Multi "Line"
                    \"\"\"
            }
            """)
        #expect(names.used == ["AWSShape", "String", "Date", "Foo"])
        #expect(names.declared == ["Thing"])
    }

    @Test(arguments: GoldenTests.cases)
    func everyTypeNameGeneratedCodeUsesIsReserved(_ testCase: GoldenTests.Case) throws {
        let files = try Generator.generate(try RepositoryFiles.modelInput(testCase.model))
        var used: Set<String> = []
        var declared: Set<String> = []
        for file in files {
            let names = Self.typeNames(in: file.contents)
            used.formUnion(names.used)
            declared.formUnion(names.declared)
        }
        let missing = used.subtracting(declared).subtracting(SwiftNames.reservedTypeNames).sorted()
        #expect(missing.isEmpty, "generated code uses type names that SwiftNames.reservedTypeNames does not hold: \(missing)")
    }
}
