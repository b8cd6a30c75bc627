/// A unified diff of two texts by lines, computed in-process (longest common subsequence).
enum UnifiedDiff {
    /// The diff of `old` to `new` with `context` lines around each change; empty when they are equal.
    static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        guard a != b else { return "" }
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        enum Edit { case same(Substring), removed(Substring), added(Substring) }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                edits.append(.removed(a[i])); i += 1
            } else {
                edits.append(.added(b[j])); j += 1
            }
        }
        var output = ["--- \(oldName)", "+++ \(newName)"]
        var index = 0
        var oldLine = 1, newLine = 1
        while index < edits.count {
            guard let change = edits[index...].firstIndex(where: { if case .same = $0 { return false } else { return true } }) else { break }
            let start = max(index, change - context)
            for edit in edits[index..<start] { if case .same = edit { oldLine += 1; newLine += 1 } }
            var end = change
            var quiet = 0
            while end < edits.count, quiet <= 2 * context {
                if case .same = edits[end] { quiet += 1 } else { quiet = 0 }
                end += 1
            }
            end = min(edits.count, end - max(0, quiet - context))
            var lines: [String] = []
            var oldCount = 0, newCount = 0
            for edit in edits[start..<end] {
                switch edit {
                case .same(let line): lines.append(" " + line); oldCount += 1; newCount += 1
                case .removed(let line): lines.append("-" + line); oldCount += 1
                case .added(let line): lines.append("+" + line); newCount += 1
                }
            }
            output.append("@@ -\(oldLine),\(oldCount) +\(newLine),\(newCount) @@")
            output.append(contentsOf: lines)
            oldLine += oldCount
            newLine += newCount
            index = end
        }
        return output.joined(separator: "\n")
    }
}
