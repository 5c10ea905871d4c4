package compliance

import (
	"testing"
)

func TestScratchGate(t *testing.T) {
	msgs := readCV(t, trainingSets)
	z := outOfFold(msgs, len(trainingSets), defaultModelParams)
	fresh := func(m *cvMessage) bool { return m.hasFirst }
	nested := map[int][numKinds]float32{}
	for b := range trainingSets {
		nested[b] = chooseThresholds(msgs, z, firstLookRules, func(m *cvMessage) bool { return fresh(m) && m.batch != b })
	}
	var closed, below, hit [numKinds]int
	var belowZ [numKinds][]float32
	for i := range msgs {
		m := &msgs[i]
		if !fresh(m) {
			continue
		}
		for k := range numKinds {
			if !m.doc.y[k] || m.first[k] {
				continue
			}
			switch {
			case !m.open[k]:
				closed[k]++
			case z[i][k] <= nested[m.batch][k]:
				below[k]++
				belowZ[k] = append(belowZ[k], z[i][k])
			default:
				hit[k]++
			}
		}
	}
	for k := range numKinds {
		t.Logf("%-22s hit %3d below %3d closed %3d", Kinds[k], hit[k], below[k], closed[k])
	}
}

func TestScratchClosed(t *testing.T) {
	msgs := readCV(t, trainingSets)
	for i := range msgs {
		m := &msgs[i]
		if !m.hasFirst {
			continue
		}
		for _, k := range []int{2, 5} {
			if m.doc.y[k] && !m.first[k] && !m.open[k] {
				t.Logf("%s %s %s: %s", Kinds[k], m.l.ID, m.l.Platform, m.l.Text)
			}
		}
	}
}

type sentFeats struct {
	k     int
	feats []feature
}

func TestScratchSentence(t *testing.T) {
	msgs := readCV(t, trainingSets)
	sents := make([][]sentFeats, len(msgs))
	sc := new(scan)
	for i := range msgs {
		m := &msgs[i]
		if !m.hasFirst {
			continue
		}
		sc.prepare(m.l.Platform.known(), m.l.Text)
		for k := range numKinds {
			if !m.open[k] {
				continue
			}
			sc.sentences(func(a, b int) {
				if !sc.modelGate(k, a, b) {
					return
				}
				f := sc.features(nil, int(sc.units[a].s), int(sc.units[b-1].e), a, b)
				sents[i] = append(sents[i], sentFeats{k, f})
			})
		}
	}
	zm := make([][numKinds]float32, len(msgs))
	zs := make([][numKinds]float32, len(msgs))
	for b := range trainingSets {
		var docs []trainingDoc
		for _, m := range msgs {
			if m.batch != b {
				docs = append(docs, m.doc)
			}
		}
		if len(docs) == len(msgs) {
			continue
		}
		md := trainModel(docs, defaultModelParams)
		for i, m := range msgs {
			if m.batch != b {
				continue
			}
			zm[i] = md.logits(m.doc.feats)
			for k := range numKinds {
				zs[i][k] = -100
			}
			for _, s := range sents[i] {
				zs[i][s.k] = max(zs[i][s.k], md.logits(s.feats)[s.k])
			}
		}
	}
	fresh := func(m *cvMessage) bool { return m.hasFirst }
	try := func(name string, z [][numKinds]float32) {
		nested := map[int][numKinds]float32{}
		for b := range trainingSets {
			nested[b] = chooseThresholds(msgs, z, firstLookRules, func(m *cvMessage) bool { return fresh(m) && m.batch != b })
		}
		nr, nb := cvScore(msgs, z, firstLookRules, func(m *cvMessage) [numKinds]float32 { return nested[m.batch] }, fresh)
		t.Logf("%s:\n%s", name, cvTable(nr, nb))
	}
	try("message", zm)
	try("sentence max", zs)
	mx := make([][numKinds]float32, len(msgs))
	av := make([][numKinds]float32, len(msgs))
	for i := range msgs {
		for k := range numKinds {
			mx[i][k] = max(zm[i][k], zs[i][k])
			av[i][k] = (zm[i][k] + max(zs[i][k], zm[i][k]-5)) / 2
		}
	}
	try("max", mx)
	try("avg", av)
}

func TestScratchCurve(t *testing.T) {
	msgs := readCV(t, trainingSets)
	fresh := func(m *cvMessage) bool { return m.hasFirst }
	for _, frac := range []int{50, 75, 100} {
		z := make([][numKinds]float32, len(msgs))
		for b := range trainingSets {
			var docs []trainingDoc
			for i, m := range msgs {
				if m.batch != b && (i*7919)%100 < frac {
					docs = append(docs, m.doc)
				}
			}
			md := trainModel(docs, defaultModelParams)
			for i, m := range msgs {
				if m.batch == b {
					z[i] = md.logits(m.doc.feats)
				}
			}
		}
		nested := map[int][numKinds]float32{}
		for b := range trainingSets {
			nested[b] = chooseThresholds(msgs, z, firstLookRules, func(m *cvMessage) bool { return fresh(m) && m.batch != b })
		}
		nr, nb := cvScore(msgs, z, firstLookRules, func(m *cvMessage) [numKinds]float32 { return nested[m.batch] }, fresh)
		t.Logf("%d%%:\n%s", frac, cvTable(nr, nb))
	}
}
