import { render, screen } from '@testing-library/react';
import { App } from './app';

describe('App', () => {
  it('names the service', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kokemus');
  });
});
