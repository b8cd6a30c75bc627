// The other files of this module are generated, and not checked in: `Benchmarks/generate-dynamodb.sh` (which
// `decoding.sh` runs) writes the DynamoDB client, Scan only, from botocore's dynamodb/2012-08-10 model.
