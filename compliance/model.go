package compliance

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"math"
	"math/bits"
	"math/rand/v2"
	"sync"
	"unicode/utf8"
)

// The statistical second signal. The rules read concepts in a sentence
// and miss wordings nobody wrote a rule for; a message that reads like
// the labelled violations of a kind is reported even so. One logistic
// regression per kind scores the whole message over hashed features of
// the folded text the rules read:
//
//   - character n-grams (2–4 characters, and single characters of the
//     scripts written without spaces), which carry "bintang", "zwrócimy"
//     and "好评" alike, in any language, without a word list;
//   - the units the rules read (words, lexicon phrases, numbers as a
//     shape) and pairs of neighbouring units;
//   - the rules' concepts, one by one and in pairs within a sentence:
//     "review" with "incentive" in one sentence reads as a review
//     incentive whatever the order of the words, and in every language
//     the lexicon covers. A concept the rules read as denied ("we can't
//     accept PayPal", "카톡은 알려드릴 수 없습니다") is a feature of its own
//     and pairs with nothing: denials are the clean replies that look most
//     like violations;
//   - the platform and whether it is a marketplace.
//
// A kind the rules did not report is added when the message's
// probability of it is above the kind's threshold (modelThresholds),
// chosen for high precision by cross-validation over the labelled
// batches, one whole batch held out at a time (model_test.go). The
// finding spans the sentence that scores highest for the kind.

// modelBits is the size of the hashed feature space: 2^16 rows, 1.5 MB
// of weights. The labelled sets have a few hundred thousand distinct
// features, but cross-validation scores 2^16 rows the same as 2^17: the
// few that matter rarely collide.
const modelBits = 16

const numKinds = 6

// trainingSets are the labelled batches the model learns from, embedded so
// that the binary needs no files. They are named one by one, never by a
// pattern: a new batch is added only after its first look has been
// recorded, so that a batch being written for a blind test never trains
// the model it is meant to test.
var trainingSets = []string{"dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
	"holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "train1", "train2", "train3", "train4", "train5", "train6", "train7", "train8", "train9", "train10"}

//go:embed testdata/dev.jsonl testdata/holdout.jsonl testdata/holdout2.jsonl testdata/holdout3.jsonl
//go:embed testdata/holdout4.jsonl testdata/holdout5.jsonl testdata/holdout6.jsonl testdata/holdout7.jsonl
//go:embed testdata/holdout8.jsonl testdata/holdout9.jsonl testdata/holdout10.jsonl testdata/holdout11.jsonl
//go:embed testdata/holdout12.jsonl testdata/holdout13.jsonl testdata/holdout14.jsonl testdata/holdout15.jsonl
//go:embed testdata/holdout16.jsonl testdata/holdout17.jsonl testdata/holdout18.jsonl testdata/holdout19.jsonl
//go:embed testdata/holdout20.jsonl testdata/holdout21.jsonl testdata/holdout22.jsonl testdata/holdout23.jsonl
//go:embed testdata/holdout24.jsonl testdata/holdout25.jsonl testdata/holdout26.jsonl testdata/holdout27.jsonl testdata/holdout28.jsonl testdata/holdout29.jsonl testdata/holdout30.jsonl testdata/holdout31.jsonl testdata/holdout32.jsonl
//go:embed testdata/holdout33.jsonl testdata/holdout34.jsonl testdata/holdout35.jsonl testdata/holdout36.jsonl testdata/holdout37.jsonl testdata/holdout38.jsonl testdata/holdout39.jsonl testdata/holdout40.jsonl
//go:embed testdata/holdout41.jsonl testdata/holdout42.jsonl testdata/holdout43.jsonl testdata/holdout44.jsonl testdata/holdout45.jsonl testdata/holdout46.jsonl
//go:embed testdata/holdout47.jsonl testdata/holdout48.jsonl testdata/holdout49.jsonl testdata/holdout50.jsonl
//go:embed testdata/train1.jsonl testdata/train2.jsonl testdata/train3.jsonl testdata/train4.jsonl testdata/train5.jsonl
//go:embed testdata/train6.jsonl testdata/train7.jsonl testdata/train8.jsonl testdata/train9.jsonl
//go:embed testdata/train10.jsonl
var labelledSets embed.FS

// modelThresholds are the logits above which the model reports a kind
// the rules missed, indexed like Kinds; +Inf never reports it. They were
// chosen by TestModelCrossValidation on the first looks, text the rules
// were not tuned on, and it prints the thresholds it would choose: rerun
// it after changing the training sets, the features or the rules, and
// copy them here (rounded to two places). external_link stays with the rules:
// a link is read from its characters, and the model adds nothing there
// that cross-validation could confirm. A promotional threshold near 2.0,
// which cross-validation chose for a while after holdout16, reports "The
// 10% off coupon you used was applied to your order" (TestCheckFindsKinds):
// hold it at 2.35 or above if it comes back there. The off-platform
// order threshold went from 3.27 to 3.6 when holdout41–42 joined: the
// model then read "pay me directly and save the fees" (a payment only)
// as a sale at 3.5, and on the first looks of holdout9–50 3.6 keeps 80
// of 3.27's 89 additions right for 2 wrong instead of 4.
var modelThresholds = [numKinds]float32{float32(math.Inf(1)), 3.02, 3.14, 3.09, 2.35, 3.6}

// modelRules are the Rule texts of the model's findings.
var modelRules = [numKinds]string{
	"statistical: reads like a link to an outside site",
	"statistical: reads like contact details offered outside the platform",
	"statistical: reads like a payment outside the platform's checkout",
	"statistical: reads like a review incentive or a request to change a review",
	"statistical: reads like marketing",
	"statistical: reads like a sale taken off the platform",
}

// model holds one logistic regression per kind over the same features.
// The weights of a row for the six kinds sit side by side, so scoring a
// message touches one cache line per feature.
type model struct {
	w    []float32 // row r, kind k at r*numKinds+k
	bias [numKinds]float32
}

// feature is one hashed feature of a text and its value.
type feature struct {
	row uint32
	v   float32
}

// featureWeights scale the groups of features. Each group is normalised
// by the square root of its size, so a long message does not score
// higher than a short one for being long.
type featureWeights struct {
	char, word, concept, pair, platform float32
}

// modelParams are the training settings. They were compared by
// cross-validation on the first looks (model_test.go); the differences
// between reasonable settings were within the noise of 580 messages, so
// they are plain ones.
type modelParams struct {
	fw     featureWeights
	epochs int
	rate   float64 // initial step, decaying linearly to zero
	l2     float64 // shrinkage of the weights a step touches
}

var defaultModelParams = modelParams{
	fw:     featureWeights{char: 1, word: 1, concept: 1, pair: 1, platform: 0.5},
	epochs: 12,
	rate:   1,
	l2:     1e-5,
}

// Feature groups: the group a feature belongs to is mixed into its hash,
// so "ab" the bigram and "ab" the word do not share a row.
const (
	gChar = iota + 1
	gWord
	gConcept
	gPair
	gPlatform
	numGroups = gPlatform
)

// trainedModel is trained once, on first use, from the embedded batches.
// It is nil if they cannot be read, which the tests rule out; Check then
// runs the rules alone rather than fail.
var trainedModel = sync.OnceValue(func() *model {
	docs, err := readTrainingSets()
	if err != nil {
		return nil
	}
	return trainModel(docs, defaultModelParams)
})

// trainingDoc is one labelled message, as features.
type trainingDoc struct {
	feats []feature
	y     [numKinds]bool
}

// readTrainingSets reads the embedded batches and extracts their features,
// split over two goroutines: start-up must stay well under the 300 ms a
// command-line user notices.
func readTrainingSets() ([]trainingDoc, error) {
	type line struct {
		Platform Platform `json:"platform"`
		Text     string   `json:"text"`
		Kinds    []Kind   `json:"kinds"`
	}
	var lines []line
	for _, name := range trainingSets {
		b, err := labelledSets.ReadFile("testdata/" + name + ".jsonl")
		if err != nil {
			return nil, err
		}
		s := bufio.NewScanner(bytes.NewReader(b))
		s.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for s.Scan() {
			if len(bytes.TrimSpace(s.Bytes())) == 0 {
				continue
			}
			var l line
			if err := json.Unmarshal(s.Bytes(), &l); err != nil {
				return nil, err
			}
			lines = append(lines, l)
		}
		if err := s.Err(); err != nil {
			return nil, err
		}
	}
	docs := make([]trainingDoc, len(lines))
	var wg sync.WaitGroup
	for h := range 2 {
		wg.Go(func() {
			sc := new(scan)
			for i := h; i < len(lines); i += 2 {
				docs[i].feats = sc.messageFeatures(nil, lines[i].Platform.known(), lines[i].Text)
				for _, k := range lines[i].Kinds {
					if j := kindIndex(k); j < numKinds {
						docs[i].y[j] = true
					}
				}
			}
		})
	}
	wg.Wait()
	return docs, nil
}

// messageFeatures reads text as Check does, up to the units, and appends
// the features of the whole message.
func (sc *scan) messageFeatures(out []feature, p Platform, text string) []feature {
	sc.prepare(p, text)
	return sc.features(out, 0, len(sc.t), 0, len(sc.units))
}

// prepare folds and tokenizes text: what the features are read from.
func (sc *scan) prepare(p Platform, text string) {
	sc.platform = p
	sc.f.reset(text)
	sc.t = string(sc.f.b)
	sc.found = sc.found[:0]
	sc.claimed = sc.claimed[:0]
	sc.warned = sentMemo{}
	sc.findObfuscated()
	sc.tokenize()
}

// trainModel fits the regressions by stochastic gradient descent with a
// linearly decaying step. The shuffle has a fixed seed: every build of the
// model is the same.
func trainModel(docs []trainingDoc, p modelParams) *model {
	m := &model{w: make([]float32, (1<<modelBits)*numKinds)}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(7, 11))
	step, total := 0, p.epochs*len(docs)
	for range p.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			eta := p.rate * (1 - float64(step)/float64(total+1))
			step++
			z := m.logits(docs[d].feats)
			var g [numKinds]float32
			active := false
			for k := range numKinds {
				y := 0.0
				if docs[d].y[k] {
					y = 1
				}
				gk := sigmoid(float64(z[k])) - y
				if gk > 1e-3 || gk < -1e-3 {
					g[k] = float32(eta * gk)
					active = true
				}
			}
			if !active {
				continue // learnt: its gradient is noise, and skipping it saves most of the work
			}
			shrink := float32(1 - eta*p.l2)
			for _, f := range docs[d].feats {
				w := (*[numKinds]float32)(m.w[int(f.row)*numKinds:])
				for k := range numKinds {
					w[k] = w[k]*shrink - g[k]*f.v
				}
			}
			for k := range numKinds {
				m.bias[k] -= g[k] * 0.1 // a bias sees every example: a smaller step keeps it steady
			}
		}
	}
	return m
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// logits returns the score of every kind for a list of features.
func (m *model) logits(fs []feature) [numKinds]float32 {
	z := m.bias
	for _, f := range fs {
		w := (*[numKinds]float32)(m.w[int(f.row)*numKinds:])
		for k := range numKinds {
			z[k] += w[k] * f.v
		}
	}
	return z
}

// addModelFindings reports the kinds the rules missed and the model finds.
func (sc *scan) addModelFindings() {
	m := trainedModel()
	if m == nil || len(sc.units) == 0 {
		return
	}
	var found [numKinds]bool
	for _, f := range sc.found {
		if k := kindIndex(f.kind); k < numKinds {
			found[k] = true
		}
	}
	// The kinds left open: not reported, reported by the model on this
	// platform, and spoken of in some sentence. A reply that speaks of none
	// ("Thanks, have a nice day!") is not scored at all.
	var open [numKinds]bool
	anyOpen := false
	for k := range numKinds {
		if found[k] || math.IsInf(float64(modelThresholds[k]), 1) || !modelApplies(k, sc.platform) {
			continue
		}
		sc.sentences(func(a, b int) { open[k] = open[k] || sc.modelGate(k, a, b) })
		anyOpen = anyOpen || open[k]
	}
	if !anyOpen {
		return
	}
	sc.feats = sc.features(sc.feats[:0], 0, len(sc.t), 0, len(sc.units))
	z := m.logits(sc.feats)
	for k := range numKinds {
		if !open[k] || z[k] <= modelThresholds[k] {
			continue
		}
		// The sentence that reads most like the kind, among those that
		// can hold it.
		best, ba, bb := float32(math.Inf(-1)), -1, -1
		sc.sentences(func(a, b int) {
			if !sc.modelGate(k, a, b) {
				return
			}
			sc.feats = sc.features(sc.feats[:0], int(sc.units[a].s), int(sc.units[b-1].e), a, b)
			if s := m.logits(sc.feats)[k]; s > best {
				best, ba, bb = s, a, b
			}
		})
		if ba >= 0 {
			sc.addUnits(Kinds[k], ba, bb-1, modelRules[k])
		}
	}
}

// modelApplies reports whether the model may report kind k on p. On the
// seller's own channels the seller's website and checkout are the
// platform, so a sale or a payment "off" it is no finding; the rules know
// the exceptions, the model does not.
func modelApplies(k int, p Platform) bool {
	switch Kinds[k] {
	case OffPlatformOrder, OffPlatformPayment:
		return p.IsMarketplace()
	}
	return true
}

// modelAnchors are, per kind, the concepts a sentence must speak of for
// the model to report the kind there: the model weighs how a sentence
// reads, the anchor says what it is about. Contact details need a way to
// contact — a handle, a contact verb, a phone or email word — so an order
// number, a tracking number or a price alone is never contact
// information, however much the sentence reads like one that gives it;
// nor is a chat app named alone, as a product's features name them ("the
// watch shows WhatsApp and WeChat notifications").
var modelAnchors = [numKinds]concept{
	0, // external_link: the model does not report links (modelThresholds)
	cContactVerb | cPhoneWord | cEmailWord | cProvider | cID | cHandle | cContactFixed,
	cPayInstr | cPayOff | cPayVerb | cRefund,
	cReview | cStars | cReviewFixed | cRemove,
	cFollow | cBrowse | cNewStuff | cCode | cNext | cOff | cSaleEvent | cSaleWord | cPercent | cPromoTarget,
	cOrderVerb | cOwnSite | cMarket | cOffChannel | cDirect | cCheaper | cOrderFixed,
}

// modelGate reports whether the sentence of units [a, b) can hold a
// finding of kind k: it has an anchor of the kind that the rules do not
// read as denied ("we can't accept PayPal"), as a carrier's ("call UPS"),
// or as the platform's own doing ("pay with PayPal at checkout", "Shopee
// will refund you by bank transfer").
func (sc *scan) modelGate(k, a, b int) bool {
	anchor := modelAnchors[k]
	for i := a; i < b; i++ {
		m := sc.units[i].mask
		if m&anchor == 0 || m&cCarrier != 0 || sc.negated(i) {
			continue
		}
		if Kinds[k] == OffPlatformPayment && sc.byPlatform(i) {
			continue
		}
		return true
	}
	return false
}

// Hashing: a multiplicative mix, seeded per feature group.
func mix(h, x uint32) uint32 {
	h ^= x
	h *= 0x9E3779B1
	return h ^ h>>15
}

func hashString(seed uint32, s string) uint32 {
	h := seed
	for i := 0; i < len(s); i++ {
		h = mix(h, uint32(s[i]))
	}
	return h
}

// row maps a feature hash to a row of the weight table.
func row(h uint32) uint32 { return (h * 0x85EBCA77) >> (32 - modelBits) }

// features appends the features of the folded text t[s:e] and of units
// [ua, ub) to out, with values scaled per group.
func (sc *scan) features(out []feature, s, e, ua, ub int) []feature {
	w := &defaultModelParams.fw
	start := len(out)
	var n [numGroups + 1]int
	emit := func(g int, h uint32) {
		out = append(out, feature{row: row(mix(h, uint32(g))), v: float32(g)})
		n[g]++
	}

	// Character n-grams. Digits read as one digit, so that numbers are
	// shapes ("0000 000 000") rather than values; runs of spaces as one.
	var p1, p2, p3 uint32 = ' ', 0, 0
	t := sc.t[s:e]
	for i := 0; i <= len(t); {
		var r rune = ' '
		size := 1
		if i < len(t) {
			r, size = rune(t[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(t[i:])
			}
		}
		i += size
		c := uint32(r)
		switch {
		case '0' <= r && r <= '9':
			c = '0'
		case r == '\n' || r == '\t' || r == '\r':
			c = ' '
		}
		if c == ' ' && p1 == ' ' {
			continue
		}
		if isScriptRune(r) {
			emit(gChar, mix(1, c))
		}
		emit(gChar, mix(mix(2, p1), c))
		if p2 != 0 {
			emit(gChar, mix(mix(mix(3, p2), p1), c))
		}
		if p3 != 0 {
			emit(gChar, mix(mix(mix(mix(4, p3), p2), p1), c))
		}
		p1, p2, p3 = c, p1, p2
	}

	// Units, pairs of neighbouring units, concepts and pairs of concepts
	// within a sentence.
	const deniable = cApp | cAppWeak | cSocial | cContactVerb | cPhoneWord | cEmailWord | cPayInstr | cPayOff | cPayVerb |
		cDirect | cOffChannel | cOrderVerb | cOwnSite | cMarket | cReview | cIncentive | cRefund | cCode | cOff | cFollow
	var prev uint32
	var sentMask concept
	flush := func() {
		for m := sentMask; m != 0; m &= m - 1 {
			a := uint32(bits.TrailingZeros64(uint64(m)))
			for r := m & (m - 1); r != 0; r &= r - 1 {
				emit(gPair, mix(a, uint32(bits.TrailingZeros64(uint64(r)))))
			}
		}
		sentMask = 0
	}
	for i := ua; i < ub; i++ {
		u := sc.units[i]
		var tok uint32
		if u.kind == uNumber {
			tok = mix(7, uint32(min(u.e-u.s, 12))) // a number, by its length
		} else {
			tok = hashString(11, sc.t[u.s:u.e])
		}
		emit(gWord, tok)
		if i > ua && sc.units[i-1].sent == u.sent {
			emit(gWord, mix(prev, tok))
		} else if i > ua {
			flush()
		}
		prev = tok
		if u.mask&deniable != 0 && sc.negated(i) {
			for m := u.mask; m != 0; m &= m - 1 {
				emit(gConcept, 64+uint32(bits.TrailingZeros64(uint64(m))))
			}
			continue
		}
		for m := u.mask; m != 0; m &= m - 1 {
			emit(gConcept, uint32(bits.TrailingZeros64(uint64(m))))
		}
		sentMask |= u.mask
	}
	flush()

	// The platform.
	emit(gPlatform, hashString(13, string(sc.platform)))
	if sc.platform.IsMarketplace() {
		emit(gPlatform, 17)
	}

	// Scale each group to unit length.
	var scale [numGroups + 1]float32
	for g, c := range n {
		if c > 0 {
			gw := [...]float32{0, w.char, w.word, w.concept, w.pair, w.platform}[g]
			scale[g] = gw / float32(math.Sqrt(float64(c)))
		}
	}
	for i := start; i < len(out); i++ {
		out[i].v = scale[int(out[i].v)]
	}
	return out
}
