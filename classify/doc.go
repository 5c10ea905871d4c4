// Package classify gives every inbound buyer message a language and one of
// the 12 buyer intents of the taxonomy (shared/reference/taxonomy.md), with
// a confidence. It runs in process and offline: the model is built from a
// labelled corpus and a lexicon compiled into the binary.
//
//	m := classify.Default()                 // built once per process
//	r := m.Classify("Tracking says delivered but nothing came")
//	// r.Intent == classify.NotReceived, r.Language == "en"
//
//	c := classify.New(m)                     // adds per-seller corrections
//	c.Load(stored)                           // replay corrections at start
//	c.Learn("acme-uk", text, "", classify.ReturnExchange) // an agent's fix
//	r = c.Classify("acme-uk", text)          // uses it at once
//
// How a message is read:
//
//  1. normalize.go cuts quoted history, marketplace relay boilerplate and
//     mail footers, and blanks out URLs, email addresses, order and
//     tracking numbers.
//  2. language.go decides the language: by script for Chinese (simplified
//     or traditional), Japanese, Korean, Thai, Arabic and Russian; by a
//     naive Bayes model over character n-grams and words for the
//     Latin-script languages, with word lists to tell Malay from
//     Indonesian and Vietnamese typed without diacritics.
//  3. tokenize.go turns the folded text (lower case, no diacritics,
//     simplified Chinese) into features: words, word bigrams, negated
//     words, character 3–4-grams of words, and character n-grams of
//     Chinese, Japanese, Korean and Thai, which have no spaces.
//  4. logreg.go and bayes.go score the intents: a logistic regression and
//     a multinomial naive Bayes model over those features, trained on the
//     corpus (data/train) when the model loads. The naive Bayes counts are
//     also what sellers' corrections update (adapt.go).
//  5. rules.go matches the multilingual lexicon (data/lexicon), negation-
//     aware, and adds its weights; tiebreak.go applies the taxonomy's rule
//     that the later step of the after-sales chain wins when a message
//     carries two intents.
//
// The development set (testdata/dev.jsonl) and the held-out set
// (testdata/holdout.jsonl) are never trained on; their tests report
// accuracy, macro-F1 and per-intent F1. The demo phrasebooks, written by
// another engineer, are a third check.
package classify
