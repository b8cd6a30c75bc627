import AWSJSON

/// The AWS partitions (`aws`, `aws-cn`, `aws-us-gov`, ...) behind the `aws.partition` function.
struct AWSPartitions: Sendable {
    private struct Partition: Sendable {
        let outputs: JSONValue
        let regionPattern: RegionPattern
    }

    private let partitions: [Partition]
    /// The outputs for every region a partition lists by name, with the region's overrides.
    private let regions: [String: JSONValue]
    /// The outputs of the `aws` partition, for regions that match no partition.
    private let fallback: JSONValue

    /// The partitions embedded in the runtime (botocore's `partitions.json`), parsed on first use.
    static let standard: AWSPartitions = {
        guard let document = try? JSONValue.parse(embeddedJSON), let partitions = AWSPartitions(document: document)
        else {
            preconditionFailure("The embedded partitions.json is malformed")
        }
        return partitions
    }()

    /// Reads a `partitions.json` document; `nil` when it is malformed.
    init?(document: JSONValue) {
        guard let entries = document["partitions"]?.arrayValue else { return nil }
        var partitions = [Partition]()
        var regions = [String: JSONValue]()
        var fallback: JSONValue?
        for entry in entries {
            guard let id = entry["id"]?.stringValue, var outputs = entry["outputs"]?.objectValue,
                let pattern = entry["regionRegex"]?.stringValue.flatMap(RegionPattern.init)
            else { return nil }
            outputs["name"] = outputs["name"] ?? .string(id)
            for (region, overrides) in entry["regions"]?.objectValue ?? [:] where regions[region] == nil {
                var merged = outputs
                for (key, value) in overrides.objectValue ?? [:] where key != "description" {
                    merged[key] = value
                }
                regions[region] = .object(merged)
            }
            partitions.append(Partition(outputs: .object(outputs), regionPattern: pattern))
            if id == "aws" { fallback = .object(outputs) }
        }
        guard let fallback = fallback ?? partitions.first?.outputs else { return nil }
        self.partitions = partitions
        self.regions = regions
        self.fallback = fallback
    }

    /// The outputs (`name`, `dnsSuffix`, `dualStackDnsSuffix`, `supportsFIPS`, ...) of the
    /// partition of `region`: a partition listing the region by name first, then one whose
    /// `regionRegex` matches, else the `aws` partition.
    func partition(for region: String) -> JSONValue {
        if let outputs = regions[region] { return outputs }
        return partitions.first { $0.regionPattern.matches(region) }?.outputs ?? fallback
    }
}

/// A compiled `regionRegex`.
///
/// `Regex` is not declared `Sendable`, but it is an immutable value whose lazily compiled
/// program is published atomically, so one compiled pattern can be shared across threads.
private struct RegionPattern: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>

    init?(_ pattern: String) {
        guard let regex = try? Regex(pattern) else { return nil }
        self.regex = regex
    }

    func matches(_ region: String) -> Bool {
        (try? regex.firstMatch(in: region)) != nil
    }
}
