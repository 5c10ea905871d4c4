package compliance

// Warm trains the statistical model now rather than on the first Check,
// which otherwise waits about 0.1 s for it: a server calls it at start so
// that an agent's first keystroke in the composer is checked at once.
func Warm() { trainedModel() }
