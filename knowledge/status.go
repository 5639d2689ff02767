// Package knowledge is the catalog of HTTP status codes: every fact the
// product tells a user comes from the embedded data files under data/.
package knowledge

// Ecosystem ids name the libraries whose constants the catalog records.
// They are the keys of Status.Constants.
const (
	EcoGo       = "go"       // Go net/http: http.StatusNotFound (also Fiber, Echo re-exports)
	EcoPython   = "python"   // Python http.HTTPStatus: HTTPStatus.NOT_FOUND
	EcoDRF      = "drf"      // Django REST framework / Starlette / FastAPI: status.HTTP_404_NOT_FOUND
	EcoNPM      = "npm"      // npm http-status-codes: StatusCodes.NOT_FOUND
	EcoNestJS   = "nestjs"   // @nestjs/common HttpStatus.NOT_FOUND
	EcoSpring   = "spring"   // org.springframework.http.HttpStatus.NOT_FOUND
	EcoServlet  = "servlet"  // HttpServletResponse.SC_NOT_FOUND
	EcoAspNet   = "aspnet"   // Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound
	EcoDotNet   = "dotnet"   // System.Net.HttpStatusCode.NotFound
	EcoRust     = "rust"     // Rust http crate: StatusCode::NOT_FOUND
	EcoRack     = "rack"     // Ruby Rack symbols: :not_found
	EcoSymfony  = "symfony"  // Symfony/Laravel Response::HTTP_NOT_FOUND
	EcoJava     = "java"     // java.net.HttpURLConnection.HTTP_NOT_FOUND
	EcoKtor     = "ktor"     // Ktor HttpStatusCode.NotFound
	EcoRequests = "requests" // Python requests.codes.not_found
	EcoAngular  = "angular"  // Angular @angular/common/http and axios: HttpStatusCode.NotFound
	EcoJAXRS    = "jaxrs"    // Jakarta REST / JAX-RS: Response.Status.NOT_FOUND
)

// Ecosystems lists every ecosystem id, in a stable order.
var Ecosystems = []string{
	EcoGo, EcoPython, EcoDRF, EcoNPM, EcoNestJS, EcoSpring, EcoServlet,
	EcoAspNet, EcoDotNet, EcoRust, EcoRack, EcoSymfony, EcoJava, EcoKtor, EcoRequests, EcoAngular, EcoJAXRS,
}

// Reference points at the text that defines a code.
type Reference struct {
	Title string `toml:"title" json:"title"`
	URL   string `toml:"url" json:"url"`
}

// Confusion names a code that is often mixed up with this one, and how they differ.
type Confusion struct {
	Code int    `toml:"code" json:"code"`
	Note string `toml:"note" json:"note"`
}

// Fix is advice for the two sides of a failed exchange.
type Fix struct {
	Client string `toml:"client" json:"client"`
	Server string `toml:"server" json:"server"`
}

// Status is everything the catalog knows about one code.
type Status struct {
	Code    int      `toml:"code"`
	Phrase  string   `toml:"phrase"`  // current reason phrase (IANA, or the vendor's)
	Aliases []string `toml:"aliases"` // older or library phrases, e.g. "Request Entity Too Large"

	Registered bool   `toml:"registered"` // assigned in the IANA HTTP Status Code Registry
	Deprecated bool   `toml:"deprecated"` // still registered but not to be used (305)
	Unused     bool   `toml:"unused"`     // reserved "(Unused)" entries (306, 418)
	Temporary  bool   `toml:"temporary"`  // a temporary IANA registration (104)
	Origin     string `toml:"origin"`     // who uses a non-registered code: "nginx", "Cloudflare", ...
	History    string `toml:"history"`    // how the code came to be where it is, if notable

	Summary     string      `toml:"summary"`     // one line
	Description string      `toml:"description"` // fuller explanation for API developers
	Use         string      `toml:"use"`         // when to send it
	Confused    []Confusion `toml:"confused"`    // what it is mixed up with
	Headers     []string    `toml:"headers"`     // headers that go with it

	NoBody    bool `toml:"no_body"`   // a response with this code carries no content
	Cacheable bool `toml:"cacheable"` // heuristically cacheable by default (RFC 9110 15.1)
	Retryable bool `toml:"retryable"` // repeating the same request may succeed

	References []Reference `toml:"references"`
	Example    string      `toml:"example"` // an RFC 9457 problem+json body, for 4xx/5xx
	Fix        Fix         `toml:"fix"`

	Constants map[string][]string `toml:"constants"` // ecosystem id -> constant names
}

// Class is the code's class as "4xx", or "" when the code lies outside 100-599.
func (s *Status) Class() string { return ClassOf(s.Code) }

// Nonstandard reports whether the code is used in the wild but not registered.
func (s *Status) Nonstandard() bool { return !s.Registered }

// ClassOf names the class of any number: "1xx".."5xx", or "" outside 100-599.
func ClassOf(code int) string {
	if code < 100 || code > 599 {
		return ""
	}
	return string(rune('0'+code/100)) + "xx"
}

// ClassName is the registry's name of a class: "Client Error" for "4xx".
func ClassName(class string) string {
	switch class {
	case "1xx":
		return "Informational"
	case "2xx":
		return "Successful"
	case "3xx":
		return "Redirection"
	case "4xx":
		return "Client Error"
	case "5xx":
		return "Server Error"
	}
	return ""
}
