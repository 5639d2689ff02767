package scan

import "testing"

func TestKeywordAndOperatorIDs(t *testing.T) {
	for kw, want := range map[string]uint8{
		"or": kwOr, "and": kwAnd, "if": kwIf, "else": kwElse, "then": kwThen, "do": kwDo, "end": kwEnd,
		"when": kwWhen, "case": kwCase, "in": kwIn, "return": kwReturn, "is": kwIs, "not": kwNot,
		"match": kwMatch, "switch": kwSwitch, "import": kwImport, "from": kwFrom, "def": kwDef,
		"status": opNone, "When": opNone, "x": opNone,
	} {
		if got := kwOf([]byte(kw)); got != want {
			t.Errorf("kwOf(%q) = %d, want %d", kw, got, want)
		}
	}
	for op, want := range punctOps {
		if got := opOf([]byte(op)); got != want {
			t.Errorf("opOf(%q) = %d, want %d", op, got, want)
		}
		if got := punctLen([]byte(op+" "), 0); got != len(op) {
			t.Errorf("punctLen(%q) = %d", op, got)
		}
	}
	if opOf([]byte("@")) != opOtherOp {
		t.Errorf("unknown punctuation must get opOtherOp")
	}
	s := mkSet(opComma, kwSwitch)
	if !s.has(opComma) || !s.has(kwSwitch) || s.has(opSemi) || s.has(200) {
		t.Errorf("opSet membership wrong: %v", s)
	}
}
