package classify

import (
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"sync"
)

// A Classifier is a Model plus what each seller's agents taught it. When
// an agent corrects an intent, Learn adds the message to that seller's
// counts (an online naive Bayes update) and remembers the exact message;
// the next Classify for that seller uses both, without a restart, and no
// other seller is affected. Every seller sells different things to
// different buyers: "the strap" is a defect for one and a size question
// for another.
//
// Storing corrections is the application's job: it keeps them, and
// replays them with Load when it starts.
type Classifier struct {
	model *Model

	mu      sync.RWMutex
	sellers map[string]*delta
}

// A Correction is an agent's verdict on one buyer message of a seller.
type Correction struct {
	Seller   string `json:"seller"`
	Text     string `json:"text"`
	Language string `json:"language,omitempty"` // the corrected language; empty to keep the detected one
	Intent   Intent `json:"intent"`
}

// correctionWeight is how many training messages one correction counts
// as. A correction is a message from this seller's own inbox, checked by a
// person who knows the shop: worth more than a corpus line.
const correctionWeight = 10

// delta is one seller's corrections: counts added to the model's, and the
// corrected messages themselves.
type delta struct {
	counts      map[uint64]*[numIntents]float32
	totals      [numIntents]float64
	newFeatures int               // features the shipped model has never seen
	exact       map[uint64]int    // exactKey → intent index
	langs       map[uint64]string // exactKey → corrected language
}

// New returns a Classifier over m with no corrections.
func New(m *Model) *Classifier {
	return &Classifier{model: m, sellers: map[string]*delta{}}
}

// Model returns the shipped model under the classifier.
func (c *Classifier) Model() *Model { return c.model }

// Classify returns the intent and language of a buyer message of a seller,
// using that seller's corrections.
func (c *Classifier) Classify(seller, text string) Result {
	c.mu.RLock()
	defer c.mu.RUnlock()
	d := c.sellers[seller]
	r := c.model.classify(text, d)
	if d != nil && len(d.langs) > 0 {
		if l, ok := d.langs[exactKey(analyse(text).rule)]; ok {
			r.Language = l
		}
	}
	return r
}

// Learn records an agent's correction: seller's message text has intent
// (and language, unless lang is empty). It takes effect for that seller's
// next Classify.
func (c *Classifier) Learn(seller, text, lang string, intent Intent) error {
	ci := intent.index()
	switch {
	case ci < 0:
		return fmt.Errorf("classify: %q is not one of the 12 intents", intent)
	case strings.TrimSpace(text) == "":
		return errors.New("classify: a correction needs the message text")
	}
	a := analyse(text)
	s := c.model.pool.Get().(*scratch)
	feats := append([]feature(nil), s.tok.features(a.folded)...)
	c.model.pool.Put(s)

	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.sellers[seller]
	if d == nil {
		d = &delta{counts: map[uint64]*[numIntents]float32{}, exact: map[uint64]int{}, langs: map[uint64]string{}}
		c.sellers[seller] = d
	}
	for _, f := range feats {
		row := d.counts[f.hash]
		if row == nil {
			row = new([numIntents]float32)
			d.counts[f.hash] = row
			if _, known := c.model.nb.index[f.hash]; !known {
				d.newFeatures++
			}
		}
		row[ci] += f.weight * correctionWeight
		d.totals[ci] += float64(f.weight * correctionWeight)
	}
	key := exactKey(a.rule)
	d.exact[key] = ci
	if lang != "" {
		d.langs[key] = lang
	}
	return nil
}

// Load replaces every seller's corrections with the given ones, as an
// application does at start with the corrections it stored. Corrections
// apply in order, so a later verdict on the same message wins.
func (c *Classifier) Load(corrections []Correction) error {
	c.mu.Lock()
	c.sellers = map[string]*delta{}
	c.mu.Unlock()
	for i, k := range corrections {
		if err := c.Learn(k.Seller, k.Text, k.Language, k.Intent); err != nil {
			return fmt.Errorf("correction %d: %w", i, err)
		}
	}
	return nil
}

// exactKey identifies a message by its rule text: two messages that differ
// only in order numbers, links, case or punctuation are the same message.
func exactKey(rule string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.Join(strings.FieldsFunc(rule, func(r rune) bool { return r == ' ' || r == '|' }), " ")))
	return h.Sum64()
}
