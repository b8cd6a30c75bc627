// A placeholder for the AWSRuntimeXML target, which main replaces with the query, ec2 and rest-xml runtime.
