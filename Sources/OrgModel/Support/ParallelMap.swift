import Dispatch

/// An order-preserving `map` that spreads the work over the machine's cores.
///
/// The loader reads and parses thousands of independent files; on a machine with several
/// cores that work is split into contiguous chunks handed to `DispatchQueue.concurrentPerform`
/// (which sizes itself to the cores available, so no processor count is read here). Each
/// result is written to its own slot, so the output is exactly `items.map(transform)`, in
/// order, whatever the scheduling. Small inputs are mapped in place: threads would cost more
/// than they save.
enum ParallelMap {
    /// Below this many items the map runs on the calling thread.
    static let serialLimit = 64
    /// Chunks per run: several per core, so one slow chunk (a large file) does not leave a core idle.
    static let chunkCount = 32

    /// `items.map(transform)`, computed concurrently for large inputs.
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        if items.count < serialLimit { return items.map(transform) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each chunk writes only the slots of its own index range, so the writes never overlap.
        nonisolated(unsafe) let output = slots
        let chunks = min(chunkCount, items.count)
        let count = items.count
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let source = input
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = count * chunk / chunks
                let upper = count * (chunk + 1) / chunks
                for index in lower..<upper {
                    output[index] = transform(source[index])
                }
            }
        }
        var results: [Result] = []
        results.reserveCapacity(count)
        for slot in slots {
            if let value = slot { results.append(value) }
        }
        return results
    }
}
