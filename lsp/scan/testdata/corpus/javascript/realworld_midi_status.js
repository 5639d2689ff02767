// a web MIDI keyboard feeding an upload form
navigator.requestMIDIAccess().then((access) => {
  for (const input of access.inputs.values()) {
    input.onmidimessage = (msg) => {
      const [status, key, velocity] = msg.data;
      if (status === ‹144› && velocity > 0) pressed.add(key);
      else if (status === ‹128›) pressed.delete(key);
      else if (status === ‹176›) knobs[key] = velocity / ‹127›;
    };
  }
});

async function saveTake(blob) {
  const res = await fetch('/takes', { method: 'POST', body: blob });
  if (res.status === «413») throw new Error('take too long');
  const { status } = res;
  if (status === «201») return res.json();
  return null;
}
