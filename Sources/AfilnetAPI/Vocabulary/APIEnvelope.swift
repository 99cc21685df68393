/// The words of an answer's envelope (docs/api.md, "The envelope"): `{"status":"SUCCESS","result":…}`
/// or `{"status":"ERROR","error":CODE}`, the SOAP answer's elements of the same names, and the
/// members a result may come wrapped in. Spelled here and nowhere else: the client's decoder,
/// the SOAP translator, the sandbox's renderer and SOAP writer, and the journal read them.
public enum APIEnvelope {
    /// The envelope's members.
    public static let status = "status", result = "result", error = "error"
    /// The status values as the provider writes them (read in either case). A journal entry's
    /// outcome is `success` or the error's code.
    public static let success = "SUCCESS", failure = "ERROR"
    /// A list result wrapped as `{"list":[…]}`.
    public static let list = "list"
    /// A balance result wrapped in an object: its member, by the names it is read under.
    public static let balanceMembers = ["balance", "credits", "credit"]
}
