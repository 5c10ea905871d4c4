package classify

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestCrossValidate trains on four fifths of the training corpus and
// evaluates on the rest, five times. The model's parameters are chosen
// with it, so the development set stays unseen. Set KEFU_CLASSIFY_CV=1;
// KEFU_CLASSIFY_CV=v also lists every miss.
func TestCrossValidate(t *testing.T) {
	mode := os.Getenv("KEFU_CLASSIFY_CV")
	if mode == "" {
		t.Skip("set KEFU_CLASSIFY_CV=1 to cross-validate on the training corpus")
	}
	all, err := readExamples(data, "data/train")
	if err != nil {
		t.Fatal(err)
	}
	const k = 5
	total := &evaluation{byLang: map[string][2]int{}}
	for fold := range k {
		var train, test []Example
		for i, x := range all {
			if i%k == fold {
				test = append(test, x)
			} else {
				train = append(train, x)
			}
		}
		m, err := train_(train)
		if err != nil {
			t.Fatal(err)
		}
		e := evaluate(m, test)
		total.merge(e)
	}
	t.Log("\n" + total.table())
	if mode == "v" {
		t.Log("\n" + strings.Join(total.misses, "\n"))
	}
}

func train_(ex []Example) (*Model, error) { return train(ex, tuneParams()) }

// tuneParams returns defaultParams with the overrides of
// KEFU_CLASSIFY_P, e.g. "ruleWeight=0.5,alpha=0.3".
func tuneParams() params {
	p := defaultParams
	for kv := range strings.SplitSeq(os.Getenv("KEFU_CLASSIFY_P"), ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			panic(kv)
		}
		switch k {
		case "lrWeight":
			p.lrWeight = f
		case "nbWeight":
			p.nbWeight = f
		case "epochs":
			p.logreg.epochs = int(f)
		case "rate":
			p.logreg.rate = f
		case "lrChars":
			p.logreg.chars = f != 0
		case "l2":
			p.logreg.l2 = f
		case "alpha":
			p.alpha = f
		case "nbTemp":
			p.nbTemp = f
		case "nbTempPow":
			p.nbTempPow = f
		case "ruleWeight":
			p.ruleWeight = f
		case "tieMargin":
			p.tieMargin = f
		case "presaleBias":
			p.presaleBias = f
		case "word":
			p.features.word = float32(f)
		case "bigram":
			p.features.bigram = float32(f)
		case "neg":
			p.features.neg = float32(f)
		case "char":
			p.features.char = float32(f)
		case "charMin":
			p.features.charMin = int(f)
		case "charMax":
			p.features.charMax = int(f)
		case "han1", "han2", "han3":
			p.features.han[k[3]-'0'] = float32(f)
		case "thai2", "thai3", "thai4":
			p.features.thai[k[4]-'0'] = float32(f)
		default:
			panic("unknown parameter " + k)
		}
	}
	return p
}

func (e *evaluation) merge(o *evaluation) {
	e.n += o.n
	e.intentOK += o.intentOK
	e.langOK += o.langOK
	for c := range numIntents {
		e.tp[c] += o.tp[c]
		e.fp[c] += o.fp[c]
		e.fn[c] += o.fn[c]
	}
	for l, c := range o.byLang {
		x := e.byLang[l]
		e.byLang[l] = [2]int{x[0] + c[0], x[1] + c[1]}
	}
	e.misses = append(e.misses, o.misses...)
}
