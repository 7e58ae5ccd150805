// The CLI tests redirect the process's console: they must not run at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
