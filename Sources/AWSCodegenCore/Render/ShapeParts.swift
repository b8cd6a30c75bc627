/// How a module's shapes (structures, errors and unions, in name order) are cut into its numbered shapes files.
///
/// The layout is made for how SwiftPM compiles a module in debug: the driver runs an emit-module job beside
/// compile batches of consecutive files in name order, as many batches as cores but at least one per 25 files.
/// A module has 51 files: `+Shapes01` to `+Shapes46` (a `+` sorts before letters), then `Client`, `Endpoints`,
/// `Enums`, `Paginators` and `Waiters`; on two cores they make three batches of 17: `+Shapes01` to `+Shapes17`,
/// `+Shapes18` to `+Shapes34`, and the rest. Two jobs start at once, the emit-module job and the first batch;
/// when one ends, one of the other batches starts.
///
/// Ten files made two batches, and on Linux about a third of builds took half again as long: the driver then
/// noticed the end of the first two jobs it starts only when both had ended, and the second batch waited for the
/// first instead of for the emit-module job. So the first batch gets about the emit-module job's work (a tenth
/// of the code), the two end together whichever the driver notices first, and the other two batches share the
/// rest. With more cores the driver makes more batches, and a large module fills all 46 parts, so that every
/// batch gets some of its shapes.
///
/// A part holds at least `minimumPartLines` code lines, unless its batch has fewer: each file costs the
/// compiler its own setup (about 30 ms, as much as 40 lines of shapes). Parts a batch does not fill are empty
/// files, since every module has the same files, which the build plugin names before the generator runs.
struct ShapeParts {
    /// The numbered shapes files in each of the three batches; the last batch also holds the five other files.
    static let partsPerBatch = [17, 17, 12]

    /// The number of numbered shapes files.
    static var count: Int { partsPerBatch.reduce(0, +) }

    /// The emit-module job's time as a share of the compile batches': DynamoDB's took 1.6 s of CPU beside 13.6 s
    /// for the batches on this project's 2-core machine, and 0.57 s beside 5.55 s on another.
    static let emitModulePercent = 10

    /// The fewest code lines a part holds, unless its batch has fewer.
    static let minimumPartLines = 600

    /// The shapes of each part, as ranges of indices into `sizes`, the code lines of each shape in name order:
    /// `count` consecutive ranges that cover them all. `lastBatchLines` counts the code lines of the files that
    /// share the last batch with the last parts.
    static func split(sizes: [Int], lastBatchLines: Int) -> [Range<Int>] {
        let total = sizes.reduce(0, +) + lastBatchLines
        // The first batch ends with the emit-module job.
        let firstEnd = prefixEnd(sizes, from: 0, target: total * emitModulePercent / 100)
        // The second and third batches share the rest.
        let rest = sizes[firstEnd...].reduce(0, +)
        let secondEnd = prefixEnd(sizes, from: firstEnd, target: (rest + lastBatchLines) / 2)
        let batches = [0..<firstEnd, firstEnd..<secondEnd, secondEnd..<sizes.count]
        return zip(batches, partsPerBatch).flatMap { batch, parts in split(batch, of: sizes, into: parts) }
    }

    /// The end of the run of `sizes` from `start` whose sum comes nearest `target`.
    private static func prefixEnd(_ sizes: [Int], from start: Int, target: Int) -> Int {
        var end = start, sum = 0
        while end < sizes.count, abs(sum + sizes[end] - target) < abs(sum - target) {
            sum += sizes[end]
            end += 1
        }
        return end
    }

    /// `batch` cut into `parts` consecutive ranges: as many non-empty ones of about equal lines as
    /// `minimumPartLines` allows, then empty ones.
    private static func split(_ batch: Range<Int>, of sizes: [Int], into parts: Int) -> [Range<Int>] {
        let lines = sizes[batch].reduce(0, +)
        let filled = batch.isEmpty ? 0 : min(parts, max(1, lines / minimumPartLines))
        var ranges: [Range<Int>] = []
        var start = batch.lowerBound, sum = 0
        for part in stride(from: 1, through: filled, by: 1) {
            // The part ends where the lines so far come nearest its share of the batch; the last takes the rest.
            let target = lines * part / filled
            var end = start
            while end < batch.upperBound, part == filled || abs(sum + sizes[end] - target) < abs(sum - target) {
                sum += sizes[end]
                end += 1
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges + Array(repeating: batch.upperBound..<batch.upperBound, count: parts - ranges.count)
    }
}
