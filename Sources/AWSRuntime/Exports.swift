// What users of generated clients need from the runtime's smaller targets comes with `import AWSRuntime`
// (and so with a generated module's own import): JSON documents and JMESPath expressions.
@_exported import AWSJSON
@_exported import AWSJMESPath
