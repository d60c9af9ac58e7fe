// One Node process serves all jsii calls of the test process; tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
