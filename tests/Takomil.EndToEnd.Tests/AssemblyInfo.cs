// Each journey runs a bot, a playground (Node.js) and a Chromium page; on a small CI machine two
// at once starve each other and turn timeouts into flakes. One at a time keeps them honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
