// The Next.js route handler example against next's own types: a route module may export HTTP method handlers and
// segment config only, each of the type Next gives it.
import type { AppSegmentConfig } from 'next/dist/build/segment-config/app/app-segment-config.js';
import type { AppRouteHandlers } from 'next/dist/server/route-modules/app-route/module.js';
import type { NextRequest } from 'next/server.js';
import { describe, expectTypeOf, it } from 'vitest';
import * as route from '../../examples/webhooks/next-route.js';

type RouteModule = AppRouteHandlers & AppSegmentConfig;

describe('the Next.js route handler example', () => {
  it("is a route module as Next's types describe one", () => {
    const checked: RouteModule = route;
    void checked;
    expectTypeOf<Exclude<keyof typeof route, keyof RouteModule>>().toBeNever();
    expectTypeOf(route.POST).parameter(0).toEqualTypeOf<NextRequest>();
    expectTypeOf(route.POST).returns.resolves.toEqualTypeOf<Response>();
    // @ts-expect-error Next refuses a route module whose `dynamic` is not one of its values
    const wrong: RouteModule = { ...route, dynamic: 'always' };
    void wrong;
  });
});
