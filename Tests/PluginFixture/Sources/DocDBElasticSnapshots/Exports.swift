// The generated client's users need the runtime's types (configuration, transports, errors) too.
@_exported import AWSRuntime
