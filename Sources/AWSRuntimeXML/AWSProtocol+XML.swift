@_spi(Generated) import AWSRuntime

// The query, ec2 and rest-xml protocols, which generated clients name in their service descriptors.
// The serializers and deserializers land with their own files; until then this module declares nothing.
