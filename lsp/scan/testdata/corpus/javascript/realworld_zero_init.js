// progress tracker around an XHR upload
function trackUpload(xhr, onDone) {
  let lastStatus = 0;
  let statusCode = 0;
  xhr.onloadend = () => {
    statusCode = xhr.status;
    if (xhr.status === 0) {
      onDone(new Error('network down'));
      return;
    }
    if (statusCode === «413») {
      onDone(new Error('file too large, limit ‹100› MB'));
      return;
    }
    lastStatus = statusCode;
    onDone(null, lastStatus);
  };
}

function resetTracker(state) {
  state.status = 0;
  state.retries = ‹3›;
}

module.exports = function sink(req, res) {
  res.statusCode = «202»;
  res.end();
};
