// The other files of this module are generated, and not checked in: `Benchmarks/generate-xml-clients.sh` (which
// `xml-decoding.sh` runs) writes the S3 client, ListObjectsV2, GetObject and PutObject only, from botocore's s3/2006-03-01 model.
