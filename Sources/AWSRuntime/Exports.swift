// What users of generated clients need from the runtime's smaller targets comes with `import AWSRuntime`
// (and so with a generated module's own import): JSON documents, JMESPath expressions, and the endpoint rules'
// parameters (`EndpointParameters`, which `AWSClientConfiguration.endpointParameters` and generated operations use).
@_exported import AWSJSON
@_exported import AWSJMESPath
@_exported import AWSEndpointRules
