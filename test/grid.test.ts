/**
 * A grid of real nodes in one process, on 127.0.0.1: the tables fill, the
 * web API lists the servers, and a restarted node keeps its peer id and
 * gets back into every table with a newer announcement.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isLive, startGrid, type Grid } from './helpers/grid.js'
import type { WelcomeJson } from '../src/gateway/index.js'

const NODES = 10

describe('in-process grid', () => {
  let grid: Grid

  before(async () => {
    grid = await startGrid({ nodes: NODES - 1, clients: 1 })
  })

  after(async () => {
    await grid?.stop()
  })

  it('forms: every table lists every storage server, connected', async () => {
    await grid.waitUntilFull()
    const expected = grid.storagePeerIds().sort()
    assert.equal(expected.length, NODES - 1)
    for (const member of grid.members) {
      const servers = member.node.broker.servers()
      assert.deepEqual(servers.map(s => s.peerId.toString()).sort(), expected, `${member.name}'s table`)
      assert.ok(servers.every(isLive))
      // A storage node lists itself first; a client-only node is in nobody's table.
      if (member.storage) assert.equal(servers[0]?.isSelf, true)
      else assert.ok(servers.every(s => !s.isSelf))
    }
    const client = grid.members.find(m => !m.storage)
    assert.ok(client !== undefined && !expected.includes(client.node.peerId.toString()))
  })

  it('serves GET /?t=json listing the servers, and writes node.url', async () => {
    const member = grid.members[3]
    assert.ok(member !== undefined && member.node.webUrl !== undefined)
    assert.equal(await readFile(join(member.dir, 'node.url'), 'utf8'), `${member.node.webUrl}\n`)
    const response = await fetch(`${member.node.webUrl}?t=json`)
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/)
    const json = await response.json() as WelcomeJson
    assert.deepEqual(json.introducers, { statuses: [] })
    assert.deepEqual(json.servers.map(s => s.nodeid).sort(), grid.storagePeerIds().sort())
    for (const server of json.servers) {
      const peer = grid.members.find(m => m.node.peerId.toString() === server.nodeid)
      assert.equal(server.nickname, peer?.name)
      assert.equal(typeof server.available_space, 'number')
      assert.match(server.version, /^lafs\//)
      assert.match(server.connection_status, /^Connected/)
      assert.equal(typeof server.last_received_data, 'number')
    }
    assert.ok(json.announcements.accepted > 0)
    assert.equal(json.announcements.rejected, 0)
    assert.equal(json.node.nodeid, member.node.peerId.toString())

    const missing = await fetch(`${member.node.webUrl}nowhere`)
    assert.equal(missing.status, 404)
    assert.match(await missing.text(), /nothing at \/nowhere/)
    const wrongMethod = await fetch(member.node.webUrl, { method: 'DELETE' })
    assert.equal(wrongMethod.status, 405)
    assert.equal(wrongMethod.headers.get('allow'), 'GET')
    assert.equal((await fetch(`${member.node.webUrl}?t=bogus`)).status, 400)
  })

  it('a restarted node keeps its peer id and reappears in every table with a newer announcement', async () => {
    const index = 5
    const member = grid.members[index]
    assert.ok(member !== undefined)
    const peerId = member.node.peerId.toString()
    const before = grid.members[0]?.node.broker.server(peerId)
    assert.ok(before !== undefined)

    const restarted = await grid.restart(index)
    assert.equal(restarted.node.peerId.toString(), peerId)
    await grid.waitForTables(servers => {
      const entry = servers.find(s => s.peerId.toString() === peerId)
      return entry !== undefined && isLive(entry) && entry.seqnum > before.seqnum
    })
    // The restarted node knows the whole grid again too.
    await grid.waitUntilFull()
  })
})
