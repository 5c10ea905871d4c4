package classify

import "math"

// bayes is a multinomial naive Bayes model over hashed features: for each
// feature the (weighted) number of training messages of each intent that
// contain it. Counting is what makes corrections cheap: a seller's
// correction adds to a small delta of the same counts (adapt.go) and the
// next message is scored with both, without retraining anything.
//
// The shipped counts never change after training, so scoring reads them
// without a lock.
type bayes struct {
	alpha  float64 // additive smoothing
	index  map[uint64]int32
	counts [][numIntents]float32 // by feature index
	logNum [][numIntents]float32 // log(count + alpha), precomputed
	totals [numIntents]float64   // sum of all counts of an intent
	logDen [numIntents]float64   // log(total + alpha·vocabulary)
}

func newBayes(alpha float64) *bayes {
	return &bayes{alpha: alpha, index: make(map[uint64]int32)}
}

// add counts one training message of class c.
func (b *bayes) add(feats []feature, c int, weight float32) {
	for _, f := range feats {
		i, ok := b.index[f.hash]
		if !ok {
			i = int32(len(b.counts))
			b.index[f.hash] = i
			b.counts = append(b.counts, [numIntents]float32{})
		}
		b.counts[i][c] += f.weight * weight
		b.totals[c] += float64(f.weight * weight)
	}
}

// finish precomputes the logarithms once all messages are counted.
func (b *bayes) finish() {
	b.logNum = make([][numIntents]float32, len(b.counts))
	logAlpha := float32(math.Log(b.alpha))
	for i, row := range b.counts {
		for c, n := range row {
			if n == 0 {
				b.logNum[i][c] = logAlpha // most counts are zero: spare the logarithm
			} else {
				b.logNum[i][c] = float32(math.Log(float64(n) + b.alpha))
			}
		}
	}
	for c := range b.totals {
		b.logDen[c] = math.Log(b.totals[c] + b.alpha*float64(len(b.counts)))
	}
}

// rows appends the row of each feature to dst, -1 for features the model
// has never seen.
func (b *bayes) rows(feats []feature, dst []int32) []int32 {
	for _, f := range feats {
		i, ok := b.index[f.hash]
		if !ok {
			i = -1
		}
		dst = append(dst, i)
	}
	return dst
}

// loglik writes the log-likelihood of feats under each intent to out and
// returns the total weight of the features that were known. Unknown
// features carry no evidence and are skipped. rows are the features' rows
// (from b.rows). d, if not nil, holds one seller's corrections, added to
// the shipped counts.
func (b *bayes) loglik(feats []feature, rows []int32, d *delta, out *[numIntents]float64) float64 {
	*out = [numIntents]float64{}
	logDen := b.logDen
	if d != nil {
		vocab := float64(len(b.counts) + d.newFeatures)
		for c := range logDen {
			logDen[c] = math.Log(b.totals[c] + d.totals[c] + b.alpha*vocab)
		}
	}
	var known float64
	for k, f := range feats {
		w := float64(f.weight)
		i := rows[k]
		inBase := i >= 0

		var extra *[numIntents]float32
		if d != nil {
			extra = d.counts[f.hash]
		}
		switch {
		case extra != nil:
			for c := range out {
				n := float64(extra[c])
				if inBase {
					n += float64(b.counts[i][c])
				}
				out[c] += w * (math.Log(n+b.alpha) - logDen[c])
			}
		case inBase:
			row := &b.logNum[i]
			for c := range out {
				out[c] += w * (float64(row[c]) - logDen[c])
			}
		default:
			continue
		}
		known += w
	}
	return known
}
