package scan

import "unsafe"

// Operator and keyword ids: the lexer tags each punctuation token, and the
// few keywords the context engine asks about, with a small number so the
// engine tests sets of them with a bit operation instead of comparing text.

const (
	opNone uint8 = iota
	opLParen
	opRParen
	opLBrack
	opRBrack
	opLBrace
	opRBrace
	opComma
	opSemi
	opDot
	opQDot     // ?.
	opColon2   // ::
	opArrow    // ->
	opQArrow   // ?->
	opAmpDot   // &.
	opAssign   // =
	opEq       // ==
	opEq3      // ===
	opNe       // !=
	opNe3      // !==
	opLtGt     // <>
	opLt       // <
	opGt       // >
	opLe       // <=
	opGe       // >=
	opColon    // :
	opFatArrow // =>
	opOrOr     // ||
	opQQ       // ??
	opQuest    // ?
	opElvis    // ?:
	opPipe     // |
	opAndAnd   // &&
	opPlus
	opMinus
	opStar
	opSlash
	opPercent
	opPow // **
	opShl // <<
	opShr // >>
	opAmp
	opCaret
	opTilde
	opPlusEq
	opMinusEq
	opStarEq
	opSlashEq
	opPercentEq
	opRange   // ..
	opRangeEq // ..=
	opRange3  // ...
	opBang    // !
	opBang2   // !!
	opColonEq // :=
	opOtherOp // any other punctuation
	kwOr      // or
	kwAnd     // and
	kwIf      // if
	kwElse    // else
	kwThen    // then
	kwDo      // do
	kwEnd     // end
	kwWhen    // when
	kwCase    // case
	kwIn      // in
	kwReturn  // return
	kwIs      // is
	kwNot     // not
	kwMatch   // match
	kwSwitch  // switch
	kwImport  // import
	kwFrom    // from
	kwDef     // def
)

var punctOps = map[string]uint8{
	"(": opLParen, ")": opRParen, "[": opLBrack, "]": opRBrack, "{": opLBrace, "}": opRBrace,
	",": opComma, ";": opSemi, ".": opDot, "?.": opQDot, "::": opColon2, "->": opArrow,
	"?->": opQArrow, "&.": opAmpDot, "=": opAssign, "==": opEq, "===": opEq3, "!=": opNe,
	"!==": opNe3, "<>": opLtGt, "<": opLt, ">": opGt, "<=": opLe, ">=": opGe, ":": opColon,
	"=>": opFatArrow, "||": opOrOr, "??": opQQ, "?": opQuest, "?:": opElvis, "|": opPipe,
	"&&": opAndAnd, "+": opPlus, "-": opMinus, "*": opStar, "/": opSlash, "%": opPercent,
	"**": opPow, "<<": opShl, ">>": opShr, "&": opAmp, "^": opCaret, "~": opTilde,
	"+=": opPlusEq, "-=": opMinusEq, "*=": opStarEq, "/=": opSlashEq, "%=": opPercentEq,
	"..": opRange, "..=": opRangeEq, "...": opRange3, "!": opBang, "!!": opBang2, ":=": opColonEq,
}

// punctOp1 is the id of each one-byte operator (the common case, no map).
var punctOp1 [256]uint8

func init() {
	for s, op := range punctOps {
		if len(s) == 1 {
			punctOp1[s[0]] = op
		}
	}
}

func opOf(b []byte) uint8 {
	if len(b) == 1 {
		if op := punctOp1[b[0]]; op != 0 {
			return op
		}
		return opOtherOp
	}
	if op, ok := punctOps[unsafe.String(&b[0], len(b))]; ok {
		return op
	}
	return opOtherOp
}

// kwOf tags the keywords the engine tests often; other names get opNone.
func kwOf(b []byte) uint8 {
	if len(b) < 2 || len(b) > 6 || b[0] < 'a' || b[0] > 'w' {
		return opNone
	}
	switch unsafe.String(&b[0], len(b)) {
	case "or":
		return kwOr
	case "and":
		return kwAnd
	case "if":
		return kwIf
	case "else":
		return kwElse
	case "then":
		return kwThen
	case "do":
		return kwDo
	case "end":
		return kwEnd
	case "when":
		return kwWhen
	case "case":
		return kwCase
	case "in":
		return kwIn
	case "return":
		return kwReturn
	case "is":
		return kwIs
	case "not":
		return kwNot
	case "match":
		return kwMatch
	case "switch":
		return kwSwitch
	case "import":
		return kwImport
	case "from":
		return kwFrom
	case "def":
		return kwDef
	}
	return opNone
}

// opSet is a set of operator/keyword ids.
type opSet [2]uint64

func mkSet(ops ...uint8) opSet {
	var s opSet
	for _, op := range ops {
		s[op>>6] |= 1 << (op & 63)
	}
	return s
}

func (s opSet) has(op uint8) bool { return op < 128 && s[op>>6]&(1<<(op&63)) != 0 }

func (s opSet) union(t opSet) opSet { return opSet{s[0] | t[0], s[1] | t[1]} }
