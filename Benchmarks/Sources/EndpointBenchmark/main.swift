@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import BenchmarkSupport
import Foundation
@_spi(Generated) import S3

// Resolves S3 GetObject endpoints with a new bucket name each time: the rules engine alone on botocore's S3 rule
// set (parsed once), then a generated S3 client building the whole GetObject request (the endpoint resolved per
// request, and the request encoded), with a new bucket and with the same bucket (the client's cache). Prints the
// median time per call of each over several batches.
let batches = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 25
let iterations = Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 20_000
let rulesPath = CommandLine.arguments.dropFirst(3).first
    ?? "../Tests/AWSEndpointRulesTests/Resources/endpoint-rules/s3/endpoint-rule-set-1.json"
let ruleSet = try EndpointRuleSet(json: Array(try Data(contentsOf: URL(fileURLWithPath: rulesPath))))

var parameters: EndpointParameters = [
    "Region": "us-west-2", "UseFIPS": false, "UseDualStack": false, "Accelerate": false, "ForcePathStyle": false,
    "UseGlobalEndpoint": false, "DisableMultiRegionAccessPoints": false, "Key": "photos/2026/12/03.jpg",
]
var bucketNumber = 0
var checksum = 0
let rules = try Timing(batches: batches, iterations: iterations) {
    bucketNumber += 1
    parameters["Bucket"] = .string("bucket-\(bucketNumber)")
    checksum &+= try ruleSet.resolve(parameters).url.utf8.count
}
print(String(format: "swift rules S3 GetObject new bucket: median %.2f µs per resolution (%d batches of %d; min %.2f, max %.2f) [%d]",
             rules.median, batches, iterations, rules.min, rules.max, checksum % 10))
// `ENDPOINT_BENCHMARK=rules` stops here, for profiling the rules engine alone.
if ProcessInfo.processInfo.environment["ENDPOINT_BENCHMARK"] == "rules" { exit(0) }

let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
let client = try S3Client(configuration: AWSClientConfiguration(
    region: "us-west-2", credentials: StaticCredentialProvider(credentials), transport: AWSStubTransport(),
    environment: ["HOME": "/nonexistent"]))
let operation = S3Client.Operations.getObject
let newBucket = try Timing(batches: batches, iterations: iterations) {
    bucketNumber += 1
    let request = try client.client.buildRequest(operation, GetObjectRequest(bucket: "bucket-\(bucketNumber)", key: "photos/2026/12/03.jpg"))
    checksum &+= request.host.utf8.count
}
print(String(format: "swift client S3 GetObject request, new bucket: median %.2f µs per request (%d batches of %d; min %.2f, max %.2f) [%d]",
             newBucket.median, batches, iterations, newBucket.min, newBucket.max, checksum % 10))
let sameBucket = try Timing(batches: batches, iterations: iterations) {
    let request = try client.client.buildRequest(operation, GetObjectRequest(bucket: "photos", key: "photos/2026/12/03.jpg"))
    checksum &+= request.host.utf8.count
}
print(String(format: "swift client S3 GetObject request, same bucket: median %.2f µs per request (%d batches of %d; min %.2f, max %.2f) [%d]",
             sameBucket.median, batches, iterations, sameBucket.min, sameBucket.max, checksum % 10))
