import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RegionRoute } from './routes/region/region-route';
import { RegionsRoute } from './routes/regions';
import { SectionRoute } from './routes/section/section-route';
import { SignInRoute } from './routes/sign-in';
import { StrategyRoute } from './routes/strategy/strategy-route';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/regions', element: <RegionsRoute /> },
      { path: '/regions/:regionId', element: <RegionRoute /> },
      { path: '/strategies/:strategyId', element: <StrategyRoute /> },
      { path: '/sections/:sectionId', element: <SectionRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
