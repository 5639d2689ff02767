-- Headless Neovim check of editors/neovim, run by editors_test.go:
--   nvim --headless --clean --cmd 'set rtp^=PLUGIN' -c 'luafile nvim_test.lua'
-- Environment: HTTPSTATUS_BIN (server), HTTPSTATUS_FILE (a Go file with
-- w.WriteHeader(404) and w.WriteHeader(299)), HTTPSTATUS_OUT (result JSON),
-- HTTPSTATUS_MODE ("setup" or "enable" for vim.lsp.enable on 0.11+).
local bin = os.getenv('HTTPSTATUS_BIN')
local file = os.getenv('HTTPSTATUS_FILE')
local out = os.getenv('HTTPSTATUS_OUT')
local mode = os.getenv('HTTPSTATUS_MODE') or 'setup'

local result = { mode = mode, version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, errors = {} }

local function note(msg)
  table.insert(result.errors, msg)
end

local function encode(v)
  if vim.json and vim.json.encode then
    return vim.json.encode(v)
  end
  return vim.fn.json_encode(v)
end

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(encode(result))
  f:close()
  vim.cmd('qall!')
end

local function buf_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr, name = 'httpstatus' })
  end
  local list = {}
  for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if c.name == 'httpstatus' then
      table.insert(list, c)
    end
  end
  return list
end

-- Finds `needle` in the buffer; returns 0-based line and column.
local function locate(bufnr, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      return i - 1, col - 1
    end
  end
end

local function hover_text(res)
  if type(res) ~= 'table' or res.contents == nil then
    return nil
  end
  local c = res.contents
  if type(c) == 'string' then
    return c
  end
  if c.value then
    return c.value
  end
  local parts = {}
  for _, item in ipairs(c) do
    table.insert(parts, type(item) == 'string' and item or item.value)
  end
  return table.concat(parts, '\n')
end

local ok, err = pcall(function()
  if mode == 'enable' then
    vim.lsp.config('httpstatus', { cmd = { bin, '--stdio' } })
    vim.lsp.enable('httpstatus')
  else
    -- lsp/httpstatus.lua must load on every version (it is plain data).
    local spec = dofile(vim.api.nvim_get_runtime_file('lsp/httpstatus.lua', false)[1])
    result.lsp_file_cmd = spec.cmd and spec.cmd[1]
    require('httpstatus').setup({ cmd = { bin, '--stdio' } })
    result.filetypes = require('httpstatus').options.filetypes
    result.default_cmd = require('httpstatus').defaults().cmd
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype

  local attached = vim.wait(15000, function()
    local cs = buf_clients(bufnr)
    return #cs > 0 and cs[1].initialized ~= false and cs[1].server_capabilities ~= nil
  end, 50)
  result.attached = attached
  if not attached then
    note('client did not attach')
    return
  end
  local client = buf_clients(bufnr)[1]
  result.client_id = client.id
  result.root_dir = client.config.root_dir

  -- Hover on the 404 of w.WriteHeader(404).
  local line, col = locate(bufnr, 'WriteHeader(404)')
  if line then
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = line, character = col + #'WriteHeader(' + 1 },
    }
    vim.wait(10000, function()
      local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 3000) or {}
      for _, r in pairs(res) do
        if r.error then
          result.hover_error = r.error.message
        end
        local text = hover_text(r.result)
        if text then
          result.hover = text
          result.hover_range = r.result.range
          return true
        end
      end
      return false
    end, 200)
  else
    note('no WriteHeader(404) in the file')
  end

  -- Diagnostics pushed for w.WriteHeader(299).
  local function collect()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(list, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source })
    end
    return list
  end
  vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if tostring(d.message):find('299', 1, true) then
        return true
      end
    end
    return false
  end, 100)
  result.diagnostics = collect()
  result.warn_severity = vim.diagnostic.severity.WARN

  -- Completion after `http.Status` on a new line (sent with didChange).
  local last = vim.api.nvim_buf_line_count(bufnr)
  local cl, _ = locate(bufnr, 'w.WriteHeader(299)')
  cl = (cl or last - 1) + 1
  vim.api.nvim_buf_set_lines(bufnr, cl, cl, false, { '\tw.WriteHeader(http.Status' })
  local typed = '\tw.WriteHeader(http.Status'
  local cparams = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = cl, character = #typed },
    context = { triggerKind = 1 },
  }
  local labels = {}
  vim.wait(10000, function()
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', cparams, 3000) or {}
    for _, r in pairs(res) do
      if r.error then
        result.completion_error = r.error.message
      end
      local items = r.result
      if type(items) == 'table' and items.items then
        items = items.items
      end
      if type(items) == 'table' then
        for _, it in ipairs(items) do
          labels[#labels + 1] = it.label
        end
      end
    end
    return #labels > 0
  end, 200)
  result.completion = labels
  vim.cmd('silent! undo')

  -- A second file in the same root reuses the same client.
  local second = vim.fn.fnamemodify(file, ':h') .. '/other.go'
  vim.cmd('edit ' .. vim.fn.fnameescape(second))
  local b2 = vim.api.nvim_get_current_buf()
  vim.wait(5000, function()
    return #buf_clients(b2) > 0
  end, 50)
  local c2 = buf_clients(b2)[1]
  result.second_client_id = c2 and c2.id or nil
  local n = 0
  for _, c in ipairs(vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()) do
    if c.name == 'httpstatus' then
      n = n + 1
    end
  end
  result.client_count = n

  -- :checkhealth httpstatus
  if mode == 'setup' then
    vim.cmd('checkhealth httpstatus')
    result.health = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  end
end)
if not ok then
  note(tostring(err))
end
finish()
