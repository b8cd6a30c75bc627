// The other files of this module are generated, and not checked in: `Benchmarks/generate-xml-clients.sh` (which
// `xml-decoding.sh` runs) writes the EC2 client, DescribeInstances only, from botocore's ec2/2016-11-15 model.
