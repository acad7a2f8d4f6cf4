import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSlogans, principles } from '@cqtt/core';

describe('the plan\'s principles', () => {
  it('are 4 xin, 4 luôn and 5 không, with unique ids', () => {
    const count = (group: string) => principles.filter((p) => p.group === group).length;
    assert.equal(count('bon-xin'), 4);
    assert.equal(count('bon-luon'), 4);
    assert.equal(count('nam-khong'), 5);
    assert.equal(new Set(principles.map((p) => p.id)).size, principles.length);
  });

  it('are written in NFC Vietnamese', () => {
    for (const text of [...principles.map((p) => p.vi), ...defaultSlogans.map((s) => s.vi)]) {
      assert.equal(text, text.normalize('NFC'));
    }
    assert.equal(principles.find((p) => p.id === 'khong-loi-dung')?.vi, 'Không lợi dụng chức vụ, quyền hạn trong thực thi công vụ');
  });
});
