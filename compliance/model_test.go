package compliance

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// cvMessage is one labelled message of the cross-validation, read once:
// its features, what the rules alone report, and for each kind whether
// the model may report it (the platform allows it and some sentence
// passes the gate).
type cvMessage struct {
	l     labelled
	batch int
	doc   trainingDoc
	rules [numKinds]bool
	open  [numKinds]bool
	// first is what the rules reported on the message's first look,
	// before they were tuned on its batch, where that was recorded.
	first    [numKinds]bool
	hasFirst bool
}

// readFirstLook reads testdata/firstlook_rules.jsonl: for every message
// of holdout9 to holdout50, the kinds the rules
// reported before they were tuned on its batch, by the rules of the commit
// named (git archive <commit> compliance, then the rules alone on each
// message: Check before the model existed, checkRules since).
func readFirstLook(t *testing.T) map[string][]Kind {
	b, err := os.ReadFile("testdata/firstlook_rules.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]Kind{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r struct {
			ID    string `json:"id"`
			Kinds []Kind `json:"kinds"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		out[r.ID] = r.Kinds
	}
	return out
}

func readCV(t *testing.T, names []string) []cvMessage {
	first := readFirstLook(t)
	var msgs []cvMessage
	for b, name := range names {
		for _, l := range readLabelled(t, "testdata/"+name+".jsonl") {
			m := cvMessage{l: l, batch: b}
			if ks, ok := first[l.ID]; ok {
				m.hasFirst = true
				for _, k := range ks {
					m.first[kindIndex(k)] = true
				}
			}
			msgs = append(msgs, m)
		}
	}
	var wg sync.WaitGroup
	for h := range 2 {
		wg.Go(func() {
			sc := new(scan)
			for i := h; i < len(msgs); i += 2 {
				m := &msgs[i]
				for _, k := range checkRules(m.l.Platform, m.l.Text).Kinds() {
					m.rules[kindIndex(k)] = true
				}
				p := m.l.Platform.known()
				m.doc.feats = sc.messageFeatures(nil, p, m.l.Text)
				for _, k := range m.l.Kinds {
					m.doc.y[kindIndex(k)] = true
				}
				for k := range numKinds {
					if !modelApplies(k, p) {
						continue
					}
					sc.sentences(func(a, b int) { m.open[k] = m.open[k] || sc.modelGate(k, a, b) })
				}
			}
		})
	}
	wg.Wait()
	return msgs
}

// outOfFold trains one model per batch on the other batches and returns
// every message's logits from the model that did not see its batch.
func outOfFold(msgs []cvMessage, batches int, p modelParams) [][numKinds]float32 {
	z := make([][numKinds]float32, len(msgs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for b := range batches {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var docs []trainingDoc
			for _, m := range msgs {
				if m.batch != b {
					docs = append(docs, m.doc)
				}
			}
			md := trainModel(docs, p)
			for i, m := range msgs {
				if m.batch == b {
					z[i] = md.logits(m.doc.feats)
				}
			}
		})
	}
	wg.Wait()
	return z
}

// additionCost is what a false addition costs in true ones: a threshold
// is worth lowering while the findings it adds are right at least nine
// times in ten. Review manipulation and off-platform orders are where the
// rules miss most, but a false block of a clean reply costs an agent as
// much whatever its kind.
const additionCost = 9

// A view says what the rules reported on a message: today's rules, or
// the rules of its first look.
type view func(m *cvMessage) [numKinds]bool

func currentRules(m *cvMessage) [numKinds]bool   { return m.rules }
func firstLookRules(m *cvMessage) [numKinds]bool { return m.first }

// chooseThresholds picks, per kind, the threshold that maximises
// (additions right) − additionCost × (additions wrong) over the kept
// messages whose kind the rules did not report; +Inf when no threshold
// gains at least two findings net, and never below 0 (even odds).
func chooseThresholds(msgs []cvMessage, z [][numKinds]float32, rules view, keep func(m *cvMessage) bool) [numKinds]float32 {
	var thr [numKinds]float32
	for k := range numKinds {
		type cand struct {
			z  float32
			ok bool
		}
		var cs []cand
		for i := range msgs {
			m := &msgs[i]
			if keep(m) && !rules(m)[k] && m.open[k] {
				cs = append(cs, cand{z[i][k], m.doc.y[k]})
			}
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].z > cs[j].z })
		best, gain := math.Inf(1), 1.0
		score := 0.0
		for i, c := range cs {
			if c.ok {
				score++
			} else {
				score -= additionCost
			}
			if score > gain && (i+1 == len(cs) || cs[i+1].z < c.z) {
				gain = score
				best = float64(c.z)
				if i+1 < len(cs) {
					best = float64(c.z+cs[i+1].z) / 2
				}
			}
		}
		if k == kindIndex(ExternalLink) {
			best = math.Inf(1) // see modelThresholds
		}
		// Never below even odds: the model reports only what it finds
		// more likely than not, however few false findings a lower
		// threshold showed on these batches.
		thr[k] = float32(max(best, 0))
	}
	return thr
}

// cvScore counts agreement per kind over the kept messages, for the rules
// alone and for the rules with the model at the thresholds thr(m).
func cvScore(msgs []cvMessage, z [][numKinds]float32, rules view, thr func(m *cvMessage) [numKinds]float32, keep func(m *cvMessage) bool) (alone, both [numKinds]counts) {
	for i := range msgs {
		m := &msgs[i]
		if !keep(m) {
			continue
		}
		th, r := thr(m), rules(m)
		for k := range numKinds {
			g := r[k] || m.open[k] && z[i][k] > th[k]
			alone[k].add(r[k], m.doc.y[k])
			both[k].add(g, m.doc.y[k])
		}
	}
	return alone, both
}

func (c *counts) add(got, want bool) {
	switch {
	case got && want:
		c.tp++
	case got:
		c.fp++
	case want:
		c.fn++
	}
}

func sumCounts(cs [numKinds]counts) counts {
	var s counts
	for _, c := range cs {
		s.tp += c.tp
		s.fp += c.fp
		s.fn += c.fn
	}
	return s
}

func cvTable(rules, both [numKinds]counts) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-22s %-17s %-17s\n", "", "rules alone P / R", "rules+model P / R")
	row := func(name string, r, m counts) {
		fmt.Fprintf(&b, "%-22s %.3f / %.3f     %.3f / %.3f   (tp %d→%d, fp %d→%d)\n", name, r.precision(), r.recall(),
			m.precision(), m.recall(), r.tp, m.tp, r.fp, m.fp)
	}
	for k := range numKinds {
		row(string(Kinds[k]), rules[k], both[k])
	}
	row("message × kind", sumCounts(rules), sumCounts(both))
	return b.String()
}

// TestModelCrossValidation holds out one labelled batch at a time, trains
// the model on the others, and scores the held-out batch with the rules
// alone and with the rules and the model: a batch held out is text the
// model has not seen, as a new batch of replies would be.
//
// The rules were tuned on every batch, so on today's rules the held-out
// numbers are in-sample for the rules and leave the model almost nothing
// to add. The comparison that matters is the first look: holdout9 and
// the batches after it were each scored by the rules before the rules
// were tuned on them (testdata/firstlook_rules.jsonl), and the model is
// scored on them beside those first-look rules. The thresholds are chosen
// on the first looks alone (chooseThresholds), and also nested — for each
// batch, on the other batches' first looks only — to show how much
// choosing them with the batch flatters it. Until holdout15 they were
// chosen over every batch, first looks and today's rules together; but
// on today's rules a batch is in-sample, what the rules still miss there
// is mostly where labellers disagree, and those few wrong additions held
// the thresholds up where unseen text, which is what the hidden set and
// a seller's replies are, showed the additions right 19 times in 20.
//
// It asserts that, at the shipped thresholds, the model's additions on the
// first looks are right at least nine times in ten (additionCost), so that
// the rules and the model together keep the rules' precision and find
// more than the rules alone, and that they keep precision at 0.95 or more
// on every batch with today's rules. (Up to holdout11 it asserted 0.95 on
// the first looks themselves; holdout12's first look, at 0.907 for the
// rules alone, put that out of reach of a model that only adds.) The
// numbers are in doc.go.
func TestModelCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("trains one model per labelled batch")
	}
	start := time.Now()
	msgs := readCV(t, trainingSets)
	z := outOfFold(msgs, len(trainingSets), defaultModelParams)
	all := func(*cvMessage) bool { return true }
	fresh := func(m *cvMessage) bool { return m.hasFirst }
	shipped := func(*cvMessage) [numKinds]float32 { return modelThresholds }

	chosen := chooseThresholds(msgs, z, firstLookRules, fresh)
	t.Logf("thresholds cross-validation chooses: %v (shipped: %v)", chosen, modelThresholds)
	fr, fb := cvScore(msgs, z, firstLookRules, shipped, fresh)
	t.Logf("first looks (holdout9–50, %d messages), shipped thresholds:\n%s", count(msgs, fresh), cvTable(fr, fb))
	nested := map[int][numKinds]float32{}
	for b := range trainingSets {
		nested[b] = chooseThresholds(msgs, z, firstLookRules, func(m *cvMessage) bool { return fresh(m) && m.batch != b })
	}
	nr, nb := cvScore(msgs, z, firstLookRules, func(m *cvMessage) [numKinds]float32 { return nested[m.batch] }, fresh)
	t.Logf("first looks, nested thresholds (chosen without the batch scored):\n%s", cvTable(nr, nb))
	cr, cb := cvScore(msgs, z, currentRules, shipped, all)
	t.Logf("every batch (%d messages), today's rules, shipped thresholds:\n%s", len(msgs), cvTable(cr, cb))
	t.Logf("cross-validation took %v", time.Since(start))

	r, m := sumCounts(fr), sumCounts(fb)
	if added := (counts{tp: m.tp - r.tp, fp: m.fp - r.fp}); added.precision() < 0.9 || m.precision() < r.precision() || m.recall() <= r.recall() {
		t.Errorf("first looks: rules+model P %.3f R %.3f, rules alone P %.3f R %.3f, additions right %d of %d: "+
			"want additions right 9 times in 10, no lower precision and a higher recall",
			m.precision(), m.recall(), r.precision(), r.recall(), added.tp, added.tp+added.fp)
	}
	if m := sumCounts(cb); m.precision() < 0.95 {
		t.Errorf("every batch: rules+model precision %.3f, want at least 0.95", m.precision())
	}
}

func count(msgs []cvMessage, keep func(*cvMessage) bool) int {
	n := 0
	for i := range msgs {
		if keep(&msgs[i]) {
			n++
		}
	}
	return n
}

// TestModelTrainingSets checks that the model trains on exactly the
// labelled sets named in trainingSets, all of them readable.
func TestModelTrainingSets(t *testing.T) {
	docs, err := readTrainingSets()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range trainingSets {
		n += len(readLabelled(t, "testdata/"+name+".jsonl"))
	}
	if len(docs) != n || n < 1600 {
		t.Fatalf("%d training messages, want %d (and at least 1600)", len(docs), n)
	}
	if slices.ContainsFunc(trainingSets, func(s string) bool {
		return !strings.HasPrefix(s, "dev") && !strings.HasPrefix(s, "holdout") && !strings.HasPrefix(s, "train")
	}) {
		t.Fatalf("unexpected training set in %v", trainingSets)
	}
}

// TestModelTrainingSetsEmbedded checks that the embedded files are
// exactly the training sets: a file embedded but not listed (or the
// reverse) would train on a batch nobody meant it to.
func TestModelTrainingSetsEmbedded(t *testing.T) {
	entries, err := labelledSets.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var embedded, listed []string
	for _, e := range entries {
		embedded = append(embedded, e.Name())
	}
	for _, n := range trainingSets {
		listed = append(listed, n+".jsonl")
	}
	slices.Sort(embedded)
	slices.Sort(listed)
	if !slices.Equal(embedded, listed) {
		t.Fatalf("embedded %v, trainingSets %v", embedded, listed)
	}
}

// TestModelDeterministic checks that training gives the same model every
// time: the same build must report the same findings everywhere.
func TestModelDeterministic(t *testing.T) {
	docs, err := readTrainingSets()
	if err != nil {
		t.Fatal(err)
	}
	a, b := trainModel(docs, defaultModelParams), trainedModel()
	if a.bias != b.bias || !slices.Equal(a.w, b.w) {
		t.Fatal("two trainings on the same data differ")
	}
}

// TestModelFeaturesAsTrained checks that Check scores a message on the
// features training read from it: the rules run first in Check and must
// leave the units as the tokenizer made them.
func TestModelFeaturesAsTrained(t *testing.T) {
	for _, l := range readLabelled(t, "testdata/holdout11.jsonl") {
		trained := new(scan).messageFeatures(nil, l.Platform.known(), l.Text)
		sc := new(scan)
		sc.run(l.Platform.known(), l.Text, false)
		checked := sc.features(nil, 0, len(sc.t), 0, len(sc.units))
		if !slices.Equal(trained, checked) {
			t.Fatalf("%s: features differ after the rules ran", l.ID)
		}
	}
}

// TestModelFindingInvariants checks every labelled message on several
// platforms: the model reports no link, no kind the rules reported
// already, no sale or payment "off" the seller's own channel, and its
// findings block as the platform's policy says.
func TestModelFindingInvariants(t *testing.T) {
	if !math.IsInf(float64(modelThresholds[kindIndex(ExternalLink)]), 1) {
		t.Fatal("the model must leave links to the rules: carrier and marketplace links are not external links")
	}
	n := 0
	for _, name := range trainingSets {
		for _, l := range readLabelled(t, "testdata/"+name+".jsonl") {
			for _, p := range []Platform{l.Platform, PlatformEbay, PlatformShopee, PlatformShopify} {
				rules := checkRules(p, l.Text).Kinds()
				for _, v := range Check(p, l.Text).Violations {
					if !strings.HasPrefix(v.Rule, "statistical: ") {
						continue
					}
					n++
					switch {
					case v.Kind == ExternalLink:
						t.Errorf("%s on %s: the model reported a link", l.ID, p)
					case slices.Contains(rules, v.Kind):
						t.Errorf("%s on %s: the model reported %s, which the rules reported", l.ID, p, v.Kind)
					case !p.IsMarketplace() && (v.Kind == OffPlatformOrder || v.Kind == OffPlatformPayment):
						t.Errorf("%s on %s: %s on the seller's own channel", l.ID, p, v.Kind)
					case v.Blocking != Blocking(p, v.Kind):
						t.Errorf("%s on %s: %s blocking %v, policy says %v", l.ID, p, v.Kind, v.Blocking, Blocking(p, v.Kind))
					case v.Excerpt != l.Text[v.Start:v.End]:
						t.Errorf("%s on %s: excerpt %q is not text[%d:%d]", l.ID, p, v.Excerpt, v.Start, v.End)
					}
				}
			}
		}
	}
	t.Logf("%d model findings checked", n)
}

// TestModelFindingSpan checks a model finding on a message the rules
// miss (the Tagalog "pwede po kayo umorder diretso next time, mas mura
// po" asks the buyer to order directly, for less; the rules read "kaysa
// dito sa Lazada" since fix-order and "direct sa amin" since fix-order7,
// so neither the platform nor the seller is named): it spans the sentence that reads like the kind, not the
// greeting, says it is statistical, and blocks on Lazada.
func TestModelFindingSpan(t *testing.T) {
	const text = "Hello po! Pwede po kayo umorder diretso next time, mas mura po."
	if slices.Contains(checkRules(PlatformLazada, text).Kinds(), OffPlatformOrder) {
		t.Fatal("the rules report it now: pick another message only the model catches, or this test checks nothing")
	}
	var got *Violation
	r := Check(PlatformLazada, text)
	for i, v := range r.Violations {
		if v.Kind == OffPlatformOrder {
			got = &r.Violations[i]
		}
	}
	if got == nil {
		t.Fatalf("no off_platform_order: %+v", r.Violations)
	}
	if want := "Pwede po kayo umorder diretso next time, mas mura po"; got.Excerpt != want {
		t.Errorf("excerpt %q, want the second sentence %q", got.Excerpt, want)
	}
	if got.Rule != "statistical: reads like a sale taken off the platform" || !got.Blocking || !r.Blocked {
		t.Errorf("got %+v, blocked %v", *got, r.Blocked)
	}
	// On the seller's own channel the same message is not an order off it.
	for _, v := range Check(PlatformShopify, text).Violations {
		if v.Kind == OffPlatformOrder {
			t.Errorf("shopify: %+v", v)
		}
	}
}

// TestModelNumbersAreNotContacts checks that order and tracking numbers,
// prices and dates stay clean with the model on: contact details need a
// contact word in their sentence.
func TestModelNumbersAreNotContacts(t *testing.T) {
	for _, text := range []string{
		"Order 114-3941689-8772232 shipped with UPS, tracking 1Z999AA10123456784, total $45.90, arriving 03/15.",
		"Your order #20231122-0457 (SKU 8812-447) was refunded: $129.99 on 2024-03-05, reference 5512 3345 9981.",
		"亲，订单号 231122QWERTY12 已发货，顺丰单号 SF1234567890123，金额 ¥299.00。",
		"Pesanan 2311220457 sudah dikirim dengan J&T, resi JP1234567890, total Rp 189.000.",
		"Đơn hàng 231122ABC đã giao cho GHN, mã vận đơn GHN123456789, tổng 350.000đ.",
		"คำสั่งซื้อ 231122001 จัดส่งแล้วโดย Kerry เลขพัสดุ KEX1234567890 ยอด 590 บาท",
	} {
		for _, p := range []Platform{PlatformAmazon, PlatformShopee, PlatformLazada} {
			if ks := Check(p, text).Kinds(); len(ks) > 0 {
				t.Errorf("%s %q: %v", p, text, ks)
			}
		}
	}
}

// TestCheckConcurrent checks from many goroutines at once; run alone with
// -race, the first checks also race the model's training on first use.
func TestCheckConcurrent(t *testing.T) {
	set := readLabelled(t, "testdata/holdout11.jsonl")
	want := make([][]Kind, len(set))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i, l := range set {
				ks := Check(l.Platform, l.Text).Kinds()
				if g == 0 {
					want[i] = ks
				}
			}
		})
	}
	wg.Wait()
	for i, l := range set {
		if got := Check(l.Platform, l.Text).Kinds(); !slices.Equal(got, want[i]) {
			t.Errorf("%s: %v, then %v", l.ID, want[i], got)
		}
	}
}
