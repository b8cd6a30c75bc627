import Testing

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.diff(old: "a\nb", new: "a\nb", oldName: "x", newName: "y").isEmpty)
    }

    @Test func showsChangedLinesWithContext() {
        let old = (1...10).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "5", with: "five")
        let diff = UnifiedDiff.diff(old: old, new: new, oldName: "old", newName: "new", context: 1)
        #expect(diff == "--- old\n+++ new\n@@ -4,3 +4,3 @@\n 4\n-5\n+five\n 6")
    }
}
