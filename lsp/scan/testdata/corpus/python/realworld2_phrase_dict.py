# A reason table kept by a small server, and dictionaries that only look alike.
REASONS = {
    «200»: "OK",
    «301»: "Moved Permanently",
    «500»: "Internal Server Error",
}

SHIRT_SIZES = {‹100›: "S", ‹200›: "M", ‹300›: "L"}
ROOMS = {‹404›: "Server room", ‹101›: "Lobby"}
