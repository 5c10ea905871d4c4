package classify

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
)

// Train builds a model from labelled examples and the embedded lexicon.
// Default is this with the embedded corpus.
func Train(examples []Example) (*Model, error) {
	return train(examples, defaultParams)
}

func train(examples []Example, p params) (*Model, error) {
	for _, e := range examples {
		if e.Intent.index() < 0 {
			return nil, fmt.Errorf("classify: example %q: unknown intent %q", e.Text, e.Intent)
		}
	}
	m := &Model{p: p, nb: newBayes(p.alpha)}
	m.pool.New = func() any { return &scratch{tok: tokenizer{w: &m.p.features}, rules: newRuleScratch()} }

	// The lexicon, the language model and the intent models are built
	// side by side: loading must stay well under the 300 ms a command
	// line user notices.
	cleaned := make([]string, len(examples))
	docs := make([][]feature, len(examples))
	var wg sync.WaitGroup
	var rulesErr, langErr error
	wg.Go(func() { m.rules, rulesErr = loadRules(data, "data/lexicon") })
	halves := [2][2]int{{0, len(examples) / 2}, {len(examples) / 2, len(examples)}}
	for _, h := range halves {
		wg.Go(func() {
			tok := &tokenizer{w: &m.p.features}
			for i := h[0]; i < h[1]; i++ {
				cleaned[i] = clean(examples[i].Text)
				docs[i] = append([]feature(nil), tok.features(fold(cleaned[i]))...)
			}
		})
	}
	wg.Wait()
	wg.Go(func() { m.lang, langErr = buildLang(examples, cleaned) })

	labels := make([]int, len(examples))
	for i, e := range examples {
		labels[i] = e.Intent.index()
		m.nb.add(docs[i], labels[i], 1)
	}
	m.nb.finish()
	rows := make([][]int32, len(docs))
	weights := make([][]float32, len(docs))
	for i, feats := range docs {
		for _, f := range feats {
			if f.char && !p.logreg.chars {
				continue
			}
			rows[i] = append(rows[i], m.nb.index[f.hash])
			weights[i] = append(weights[i], f.weight)
		}
	}
	m.lr = trainLogreg(len(m.nb.counts), rows, weights, labels, p.logreg)
	wg.Wait()
	if err := errors.Join(rulesErr, langErr); err != nil {
		return nil, err
	}
	return m, nil
}

// buildLang trains the language model on the cleaned corpus texts and the
// word lists of data/lang.
func buildLang(examples []Example, cleaned []string) (*langModel, error) {
	words, err := languageWords(data, "data/lang")
	if err != nil {
		return nil, err
	}
	texts := append([]string(nil), cleaned...)
	langs := make([]string, len(examples), len(examples)+len(words))
	for i, e := range examples {
		langs[i] = e.Lang
	}
	for _, lang := range slices.Sorted(maps.Keys(words)) {
		texts = append(texts, words[lang])
		langs = append(langs, lang)
	}
	return trainLang(texts, langs), nil
}
