import Testing
@_spi(Generated) import AWSRuntimeXML

// The tests of the query, ec2 and rest-xml serializers and deserializers land with them.
