-- Configuration for Neovim 0.11+: `vim.lsp.enable('httpstatus')`.
-- Override any field with `vim.lsp.config('httpstatus', { ... })`, for example
-- `cmd = { '/path/to/httpstatus-lsp', '--stdio' }` or
-- `settings = { httpstatus = { style = 'constant' } }`.
local defaults = require('httpstatus').defaults()

return {
  cmd = defaults.cmd,
  filetypes = defaults.filetypes,
  root_markers = defaults.root_markers,
  settings = { httpstatus = defaults.settings },
}
