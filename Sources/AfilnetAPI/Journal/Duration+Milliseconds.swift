extension Duration {
    /// The duration in (fractional) milliseconds, for logs and journals.
    public var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
