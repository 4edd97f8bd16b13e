-- After the README's Neovim snippet ran as init.lua (nvim -u): waits for a diagnostic on the current
-- buffer from the client the snippet started. Prints CLIENT and DIAG lines; exits 0 on a diagnostic, 1 otherwise.
local function out(s) io.stdout:write(s .. '\n') end
local bufnr = vim.api.nvim_get_current_buf()
local wait_ms = tonumber(vim.env.WAIT_MS or '30000')
vim.wait(wait_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do out('CLIENT ' .. client.name) end
local diags = vim.diagnostic.get(bufnr)
for _, d in ipairs(diags) do out(string.format('DIAG %d %s', d.lnum + 1, d.message)) end
if #diags == 0 then out('FAIL: no diagnostics within ' .. wait_ms .. ' ms'); vim.cmd('cquit 1') end
out('OK')
vim.cmd('qall!')
