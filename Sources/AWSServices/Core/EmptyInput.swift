/// The body of an operation that takes no input (`DescribeOrganization`): `{}`.
struct EmptyInput: Encodable, Sendable {}
