package classify

import (
	"math"
	"math/rand/v2"
)

// logreg is a multinomial logistic regression over the same features as
// the naive Bayes model (rows are indexed alike). Naive Bayes counts each
// feature as if it were independent of the others, so a message full of
// common words drifts towards whatever intent those words were seen with;
// the regression learns weights jointly and generalises better to
// phrasings the corpus does not have. Both are combined (model.go): the
// regression carries the shipped knowledge, naive Bayes the part that
// sellers' corrections update online.
type logreg struct {
	w     [][numIntents]float32
	bias  [numIntents]float32
	chars bool
}

// logregParams control training: a fixed number of passes of stochastic
// gradient descent with a decaying step, and L2 shrinkage.
type logregParams struct {
	epochs int
	rate   float64
	l2     float64
	chars  bool // whether the regression reads character n-grams too
}

// trainLogreg fits the regression. docs holds each message's feature rows
// and weights; labels its intent index. Training is deterministic: the
// shuffle uses a fixed seed, so every build of the model is the same.
func trainLogreg(rows int, docs [][]int32, weights [][]float32, labels []int, p logregParams) *logreg {
	lr := &logreg{w: make([][numIntents]float32, rows), chars: p.chars}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var z [numIntents]float64
	step := 0
	total := p.epochs * len(docs)
	for range p.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			eta := p.rate * (1 - float64(step)/float64(total+1))
			step++
			lr.logits(docs[d], weights[d], &z)
			softmaxInPlace(&z)
			if z[labels[d]] > 0.995 {
				continue // learnt; its gradient is noise (and skipping it saves most of the work)
			}
			z[labels[d]] -= 1 // gradient of the log-loss: p - y
			// Only intents with a gradient worth applying are touched: the
			// update is sparse in intents as well as in features.
			var active [numIntents]int
			n := 0
			for c, g := range z {
				if g > 1e-3 || g < -1e-3 {
					active[n] = c
					n++
				}
			}
			var g [numIntents]float32 // step × gradient, per active intent
			for _, c := range active[:n] {
				g[c] = float32(eta * z[c])
			}
			shrink := float32(1 - eta*p.l2)
			for k, row := range docs[d] {
				x := weights[d][k]
				w := &lr.w[row]
				for _, c := range active[:n] {
					w[c] = w[c]*shrink - g[c]*x
				}
			}
			for _, c := range active[:n] {
				lr.bias[c] -= float32(eta * z[c] * 0.1)
			}
		}
	}
	return lr
}

// logits writes bias + w·x for each intent to z. It sums in float32, as
// the weights are stored: training spends most of its time here.
func (lr *logreg) logits(rows []int32, weights []float32, z *[numIntents]float64) {
	acc := lr.bias
	for k, row := range rows {
		x := weights[k]
		w := &lr.w[row]
		for c := range acc {
			acc[c] += w[c] * x
		}
	}
	for c := range z {
		z[c] = float64(acc[c])
	}
}

func softmaxInPlace(z *[numIntents]float64) {
	mx := math.Inf(-1)
	for _, v := range z {
		mx = math.Max(mx, v)
	}
	sum := 0.0
	for c, v := range z {
		z[c] = math.Exp(v - mx)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
}

// logitsKnown is logits for a message's features, skipping unknown ones
// (row -1).
func (lr *logreg) logitsKnown(rows []int32, feats []feature, z *[numIntents]float64) {
	for c := range z {
		z[c] = float64(lr.bias[c])
	}
	for k, row := range rows {
		if row < 0 || feats[k].char && !lr.chars {
			continue
		}
		x := float64(feats[k].weight)
		w := &lr.w[row]
		for c := range z {
			z[c] += float64(w[c]) * x
		}
	}
}
