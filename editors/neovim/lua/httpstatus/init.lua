-- httpstatus: Neovim client for the httpstatus-lsp language server.
--
--   require('httpstatus').setup({
--     cmd = { 'httpstatus-lsp', '--stdio' },   -- how to start the server
--     filetypes = { 'go', 'python', ... },     -- buffers to attach to
--     settings = { rules = { ['unassigned-code'] = 'error' } },
--     root_markers = { '.httpstatus.toml', 'go.mod', 'package.json', '.git' },
--   })
--
-- Works on Neovim 0.7 (vim.lsp.start_client) and on later releases
-- (vim.lsp.start). On 0.11+ `vim.lsp.enable('httpstatus')` uses lsp/httpstatus.lua
-- from this plugin instead, without calling setup().

local M = {}

M.name = 'httpstatus'

local defaults = {
  cmd = { 'httpstatus-lsp', '--stdio' },
  filetypes = {
    'go', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact',
    'python', 'java', 'kotlin', 'cs', 'rust', 'ruby', 'php',
    'yaml', 'json', 'http', 'markdown',
  },
  root_markers = { '.httpstatus.toml', 'go.mod', 'package.json', '.git' },
  settings = {},
}

-- Returns a fresh copy of the defaults (used by lsp/httpstatus.lua too).
function M.defaults()
  return vim.deepcopy(defaults)
end

-- The options in force: the defaults until setup() is called.
M.options = M.defaults()

local uv = vim.uv or vim.loop

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function dirname(path)
  local parent = path:match('^(.*)[/\\][^/\\]*$')
  if parent == nil or parent == '' then
    return '/'
  end
  return parent
end

-- Walks up from `path` (a file or directory) and returns the nearest
-- directory that holds one of the markers, or nil.
function M.find_root(path, markers)
  markers = markers or M.options.root_markers
  local dir = path
  local stat = uv.fs_stat(dir)
  if not stat or stat.type ~= 'directory' then
    dir = dirname(dir)
  end
  while dir and dir ~= '' do
    for _, marker in ipairs(markers) do
      if exists(dir .. '/' .. marker) then
        return dir
      end
    end
    local parent = dirname(dir)
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

local function client_config(root)
  local opts = M.options
  local config = {
    name = M.name,
    cmd = opts.cmd,
    root_dir = root,
    workspace_folders = nil,
    -- The server reads its settings from initializationOptions and from
    -- workspace/didChangeConfiguration (under the "httpstatus" key).
    init_options = opts.settings,
    settings = { httpstatus = opts.settings },
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
  }
  return config
end

local function is_target(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return false
  end
  if vim.bo[bufnr].buftype ~= '' then
    return false
  end
  local ft = vim.bo[bufnr].filetype
  return vim.tbl_contains(M.options.filetypes, ft)
end

-- Clients started by this module on Neovim 0.7, keyed by root directory.
local clients_by_root = {}

local function find_client(root)
  local id = clients_by_root[root]
  if id and vim.lsp.get_client_by_id(id) and not vim.lsp.client_is_stopped(id) then
    return id
  end
  clients_by_root[root] = nil
  return nil
end

-- Starts the `httpstatus` client for `bufnr`, or attaches the buffer to the
-- client already running for the same root. Returns the client id.
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if bufnr == 0 then
    bufnr = vim.api.nvim_get_current_buf()
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil
  end
  local root = M.find_root(name) or vim.fn.fnamemodify(name, ':p:h')
  local config = client_config(root)

  if vim.lsp.start then
    -- Neovim 0.8+: reuses a client with the same name and root_dir.
    return vim.lsp.start(config, { bufnr = bufnr })
  end

  -- Neovim 0.7.
  local id = find_client(root)
  if not id then
    id = vim.lsp.start_client(config)
    if not id then
      vim.notify('httpstatus: could not start ' .. tostring(config.cmd[1]), vim.log.levels.ERROR)
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

-- Configures the plugin and attaches to matching buffers, now and later.
function M.setup(opts)
  opts = opts or {}
  M.options = vim.tbl_extend('force', M.defaults(), opts)
  if type(M.options.cmd) == 'string' then
    M.options.cmd = { M.options.cmd }
  end

  local group = vim.api.nvim_create_augroup('httpstatus', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.options.filetypes,
    desc = 'Start or reuse the httpstatus language server',
    callback = function(args)
      if is_target(args.buf) then
        M.start(args.buf)
      end
    end,
  })

  -- Buffers that were already open when setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and is_target(bufnr) then
      M.start(bufnr)
    end
  end
end

return M
