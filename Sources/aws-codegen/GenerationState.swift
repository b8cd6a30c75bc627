import AWSCodegenCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the last `generate --all` into an output folder made, so that the next run skips a model whose input
/// files, module folder and generator are all as they were then, compared by size and modification time as
/// `make` compares timestamps. Kept in `<output>/.aws-codegen-state`; a missing, unreadable or foreign state
/// only means that every model is generated. `--check` and `--report-paginators` do not use it.
struct GenerationState: Equatable {
    static let fileName = ".aws-codegen-state"
    /// The files of a model directory that `ModelDirectory.read` may read, each plain or gzipped.
    static let inputNames = ["service-2.json", "paginators-1.json", "waiters-2.json", "endpoint-rule-set-1.json", "aws-codegen.json"]
        .flatMap { [$0, $0 + ".gz"] }

    /// A file's size and modification time.
    struct Stamp: Equatable {
        var size: Int64
        var seconds: Int64
        var nanoseconds: Int64

        /// The stamp of the file at `path`, or nil when there is none.
        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            size = Int64(status.st_size)
            #if canImport(Darwin)
            seconds = Int64(status.st_mtimespec.tv_sec)
            nanoseconds = Int64(status.st_mtimespec.tv_nsec)
            #else
            seconds = Int64(status.st_mtim.tv_sec)
            nanoseconds = Int64(status.st_mtim.tv_nsec)
            #endif
        }

        init(size: Int64, seconds: Int64, nanoseconds: Int64) {
            self.size = size
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }
    }

    /// What one model made.
    struct Entry: Equatable {
        /// The module name the model gives itself, before `generate --all` renames a repeated one.
        var baseName: String
        /// The module folder it was written to.
        var moduleName: String
        /// The stamps of `GenerationState.inputNames` in the model directory, nil for those it lacks.
        var inputs: [Stamp?]
        /// The files of the module folder, by name, with their stamps after the run.
        var outputs: [String: Stamp]
        /// The warnings the model gave, printed again when it is skipped.
        var warnings: [String]
    }

    /// The generator executable's stamp; a rebuilt generator makes every entry stale.
    var generator: Stamp?
    /// The entries by model directory path.
    var entries: [String: Entry] = [:]

    /// The generator executable's stamp now, or nil when it cannot be found.
    static func currentGenerator() -> Stamp? {
        Bundle.main.executablePath.flatMap { Stamp(path: $0) }
    }

    /// The stamps of the input files of the model directory at `path`.
    static func inputStamps(of path: String) -> [Stamp?] {
        inputNames.map { Stamp(path: "\(path)/\($0)") }
    }

    /// The entry for the model at `path` when nothing it depends on changed since it was made: the same
    /// generator (`current`, from `currentGenerator()`) and input files, and every file it wrote in `output` as it was written.
    func upToDateEntry(for path: String, inputs: [Stamp?], output: String, generator current: Stamp?) -> Entry? {
        guard let generator, generator == current, let entry = entries[path], entry.inputs == inputs else {
            return nil
        }
        for (name, stamp) in entry.outputs where Stamp(path: "\(output)/\(entry.moduleName)/\(name)") != stamp {
            return nil
        }
        return entry
    }

    // MARK: The file

    /// The state saved in `output`, or an empty one when there is none or it cannot be read.
    static func load(output: String) -> GenerationState {
        guard let data = FileManager.default.contents(atPath: "\(output)/\(fileName)"),
            let state = GenerationState(text: String(decoding: data, as: UTF8.self))
        else { return GenerationState() }
        return state
    }

    /// Saves the state in `output` as `OutputDirectory` writes generated files: only when its bytes change,
    /// through a temporary file renamed over the old one.
    func save(output: String) throws {
        let directory = OutputDirectory(path: output)
        try directory.write(directory.changes([OutputFile(name: Self.fileName, contents: text)]))
    }

    private static let header = "aws-codegen state 1"

    init() {}

    /// The state as lines of tab-separated fields, entries by path: `generator`, then for each model `model`,
    /// `input` (one per input name, `-` for a missing file), `output` and `warning` lines.
    var text: String {
        func fields(_ stamp: Stamp?) -> String {
            stamp.map { "\($0.size)\t\($0.seconds)\t\($0.nanoseconds)" } ?? "-"
        }
        var lines = [Self.header, "generator\t\(fields(generator))"]
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            lines.append("model\t\(path)\t\(entry.baseName)\t\(entry.moduleName)")
            lines += entry.inputs.map { "input\t\(fields($0))" }
            lines += entry.outputs.sorted { $0.key < $1.key }.map { "output\t\($0.key)\t\(fields($0.value))" }
            lines += entry.warnings.map { "warning\t\($0.replacingOccurrences(of: "\n", with: " "))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads `text`; nil when it is not a state this version wrote.
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard lines.next() == Substring(Self.header) else { return nil }
        func stamp(_ fields: ArraySlice<Substring>) -> Stamp?? {
            if fields.count == 1, fields.first == "-" { return .some(nil) }
            let numbers = fields.compactMap { Int64($0) }
            guard fields.count == 3, numbers.count == 3 else { return nil }
            return Stamp(size: numbers[0], seconds: numbers[1], nanoseconds: numbers[2])
        }
        var current: (path: String, entry: Entry)?
        func finish() {
            if let current { entries[current.path] = current.entry }
            current = nil
        }
        while let line = lines.next() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "generator"?:
                guard let value = stamp(fields.dropFirst()) else { return nil }
                generator = value
            case "model"? where fields.count == 4:
                finish()
                current = (String(fields[1]), Entry(baseName: String(fields[2]), moduleName: String(fields[3]), inputs: [], outputs: [:], warnings: []))
            case "input"? where current != nil:
                guard let value = stamp(fields.dropFirst()) else { return nil }
                current!.entry.inputs.append(value)
            case "output"? where current != nil && fields.count == 5:
                guard let value = stamp(fields.dropFirst(2)), let value else { return nil }
                current!.entry.outputs[String(fields[1])] = value
            case "warning"? where current != nil:
                current!.entry.warnings.append(fields.dropFirst().joined(separator: "\t"))
            case ""? where fields.count == 1:
                continue
            default:
                return nil
            }
        }
        finish()
        guard entries.values.allSatisfy({ $0.inputs.count == Self.inputNames.count }) else { return nil }
    }
}
