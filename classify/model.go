package classify

import (
	"fmt"
	"math"
	"slices"
	"sync"
)

// A Model is the shipped classifier: a logistic regression and a naive
// Bayes model over word and character features, trained on the embedded
// corpus, the multilingual lexicon, and the language detector. It never
// changes once built and is safe for concurrent use; per-seller
// corrections live in a Classifier.
type Model struct {
	p     params
	nb    *bayes
	lr    *logreg
	lang  *langModel
	rules *ruleSet
	pool  sync.Pool // *scratch
}

// params are the model's few knobs, set by cross-validation on the
// training corpus (tune_test.go) rather than on the development set.
type params struct {
	features    featureWeights
	alpha       float64 // naive Bayes smoothing
	nbTemp      float64 // the naive Bayes log-likelihoods are divided by
	nbTempPow   float64 // nbTemp · (known feature weight)^nbTempPow
	ruleWeight  float64 // how much one unit of lexicon weight adds to a log-probability
	tieMargin   float64 // how far the tie-break winner is put ahead
	presaleBias float64 // "any other inquiry": the intent of messages that say little
	lrWeight    float64 // how much the regression's log-probabilities count
	nbWeight    float64 // how much naive Bayes' log-probabilities count
	logreg      logregParams
}

var defaultParams = params{
	features: featureWeights{
		word: 1, bigram: 1, neg: 1, char: 0.2, charMin: 3, charMax: 4, charMinWord: 4,
		han:  [4]float32{0, 0.5, 1, 0.7},
		thai: [5]float32{0, 0, 0.6, 1, 0.8},
	},
	alpha:       0.1,
	nbTemp:      1,
	nbTempPow:   0.5,
	ruleWeight:  1.0,
	tieMargin:   1.0,
	presaleBias: 0.3,
	lrWeight:    1,
	nbWeight:    0.5,
	logreg:      logregParams{epochs: 4, rate: 0.2, l2: 1e-5, chars: true},
}

// A Result is what the classifier says about one buyer message.
type Result struct {
	Intent     Intent  `json:"intent"`
	Language   string  `json:"language"`   // ISO 639-1 code such as en, zh, th, ms; "und" without letters
	Confidence float64 `json:"confidence"` // of Intent, in [0,1]
	Scores     []Score `json:"scores"`     // the three likeliest intents, best first, for the UI
}

// A Score is one intent's probability.
type Score struct {
	Intent     Intent  `json:"intent"`
	Confidence float64 `json:"confidence"`
}

// defaultModel is built from the embedded corpus on first use.
var defaultModel = sync.OnceValues(func() (*Model, error) {
	ex, err := readExamples(data, "data/train")
	if err != nil {
		return nil, err
	}
	return train(ex, defaultParams)
})

// Default returns the model trained on the embedded corpus. It is built
// once, on first use (a few hundred milliseconds of CPU, split over the
// available cores), and shared. It panics if the embedded data is broken,
// which the package's tests rule out.
func Default() *Model {
	m, err := defaultModel()
	if err != nil {
		panic(fmt.Sprintf("classify: embedded model: %v", err))
	}
	return m
}

// scratch is the reusable working memory of one classification.
type scratch struct {
	rows  []int32
	tok   tokenizer
	rules *ruleScratch
	hits  ruleHits
}

// Classify returns the intent and language of one buyer message, without
// any seller's corrections.
func (m *Model) Classify(text string) Result {
	return m.classify(text, nil)
}

// DetectLanguage returns the language of a text (ISO 639-1, or "und") and
// a confidence in [0,1].
func (m *Model) DetectLanguage(text string) (string, float64) {
	return m.lang.detect(clean(text))
}

// analysis is a message in the forms the model reads.
type analysis struct {
	cleaned, folded, rule string
}

func analyse(text string) analysis {
	a := analysis{cleaned: clean(text)}
	a.folded = fold(a.cleaned)
	a.rule = ruleText(a.folded)
	return a
}

func (m *Model) classify(text string, d *delta) Result {
	a := analyse(text)
	lang, _ := m.lang.detect(a.cleaned)
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	scores := m.scores(a, lang, d, s)
	if d != nil {
		if c, ok := d.exact[exactKey(a.rule)]; ok {
			// The seller's agents labelled this very message (or one that
			// differs only in numbers and punctuation): their word stands.
			scores[c] = max(scores[c], maxOf(scores[:])) + 3
		}
	}
	return result(scores, lang)
}

// scores returns the log-scores of the intents for one message: the naive
// Bayes log-posterior, plus the lexicon's weights, with the tie-break
// winner put ahead when the lexicon found several intents present.
func (m *Model) scores(a analysis, lang string, d *delta, s *scratch) [numIntents]float64 {
	feats := s.tok.features(a.folded)
	s.rows = m.nb.rows(feats, s.rows[:0])
	var ll, z [numIntents]float64
	known := m.nb.loglik(feats, s.rows, d, &ll)
	// Long messages pile up evidence; dividing by a power of its amount
	// keeps one long email from being certain about its first paragraph.
	temp := m.p.nbTemp * math.Pow(math.Max(known, 1), m.p.nbTempPow)
	nbLogp := logSoftmax(ll, temp)
	m.lr.logitsKnown(s.rows, feats, &z)
	lrLogp := logSoftmax(z, 1)
	var scores [numIntents]float64
	for c := range scores {
		scores[c] = m.p.lrWeight*lrLogp[c] + m.p.nbWeight*nbLogp[c]
	}
	m.rules.match(a.rule, lang, s.rules, &s.hits)
	for c := range scores {
		scores[c] += m.p.ruleWeight * s.hits.score[c]
	}
	scores[PresaleQuestion.index()] += m.p.presaleBias
	if w, decided := tieBreak(&s.hits); decided {
		scores[w] = max(scores[w], maxOf(scores[:])+m.p.tieMargin)
	}
	return scores
}

// result turns log-scores into a Result with probabilities.
func result(scores [numIntents]float64, lang string) Result {
	probs := softmaxScaled(scores[:], 1)
	order := make([]int, numIntents)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case probs[a] > probs[b]:
			return -1
		case probs[a] < probs[b]:
			return 1
		}
		return 0
	})
	r := Result{Intent: intentOrder[order[0]], Language: lang, Confidence: round3(probs[order[0]])}
	for _, c := range order[:3] {
		r.Scores = append(r.Scores, Score{intentOrder[c], round3(probs[c])})
	}
	return r
}

func logSoftmax(x [numIntents]float64, t float64) [numIntents]float64 {
	mx := maxOf(x[:])
	sum := 0.0
	for _, v := range x {
		sum += math.Exp((v - mx) / t)
	}
	lse := math.Log(sum)
	var out [numIntents]float64
	for i, v := range x {
		out[i] = (v-mx)/t - lse
	}
	return out
}

func maxOf(x []float64) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		m = math.Max(m, v)
	}
	return m
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
