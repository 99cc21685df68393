import AfilnetAPI

/// The codes the sandbox answers with are the client's own (`APIErrorCode`, docs/api.md): one
/// vocabulary, so the two cannot drift apart. The sandbox-only ones are marked there.
public typealias SandboxError = APIErrorCode
