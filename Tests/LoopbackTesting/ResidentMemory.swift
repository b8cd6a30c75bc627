import Foundation

/// The resident set size of this process, read from `/proc/self/statm` (Linux only).
public enum ResidentMemory {
    /// Why the resident set size could not be read.
    public struct Unavailable: Error, CustomStringConvertible {
        /// What went wrong.
        public var reason: String
        public var description: String { "/proc/self/statm: \(reason)" }
    }

    /// The resident set size in bytes: the second field of `/proc/self/statm` (pages) times the page size.
    public static func bytes() throws -> Int {
        let text: String
        do {
            text = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        } catch {
            throw Unavailable(reason: "cannot be read (\(error))")
        }
        let fields = text.split(separator: " ")
        guard fields.count >= 2, let pages = Int(fields[1]) else {
            throw Unavailable(reason: "has no resident page count: \(text.prefix(80))")
        }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
